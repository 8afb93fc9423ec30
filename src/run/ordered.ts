// Streaming map with a bounded window: starts work on each item as it arrives, keeps at most
// `window` items in flight, and yields results in input order as soon as the oldest is ready.
// The window is what keeps memory flat on any corpus size: reading stops while it is full.

export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  window: number,
  start: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const inFlight: Promise<R>[] = [];
  let next: Promise<IteratorResult<T>> | null = it.next();
  try {
    while (next || inFlight.length > 0) {
      const head = inFlight[0];
      if (next && inFlight.length < window) {
        // Room for more: take whichever comes first, the next input or the oldest result.
        // The oldest result is listed first so a finished one is never held back by reading.
        const got = head
          ? await Promise.race([head.then(() => null), next])
          : await next;
        if (got === null) {
          yield await inFlight.shift()!;
        } else if (got.done) {
          next = null;
        } else {
          const p = start(got.value);
          p.catch(() => {}); // awaited in order below; this only stops an early "unhandled" report
          inFlight.push(p);
          next = it.next();
        }
      } else {
        yield await inFlight.shift()!;
      }
    }
  } finally {
    // Stopped early (the reader went away): let the source close its files, without waiting on it.
    if (next) void Promise.resolve(it.return?.()).catch(() => {});
  }
}
