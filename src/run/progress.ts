// One progress line on stderr for long runs: documents done, throughput, and time left when the
// total size is known. Drawn only once the run has lasted half a second (a quick run shows none),
// then redrawn in place (carriage return) at most a few times a second, so a fast run doesn't
// spend its time on the terminal. The CLI enables it only on a terminal outside CI;
// disabled, it writes nothing at all.

export interface Progress {
  update(done: number, bytes: number): void;
  /** The corpus's total size once known (src/run/input-size.ts computes it beside the run). */
  setTotal(totalBytes: number | undefined): void;
  /** Clears the line; call once at the end (also when the run stops early). */
  done(): void;
}

export interface ProgressOptions {
  /** Total UTF-8 bytes of the corpus, when known (file sizes): adds the time left. */
  totalBytes?: number;
  /** Clock in ms (injected by tests). */
  now?: () => number;
  /** Least time between redraws, ms. */
  interval?: number;
  /** Nothing is drawn before this many ms: a run that quick needs no progress line. */
  delay?: number;
}

export function createProgress(
  stderr: NodeJS.WritableStream,
  enabled: boolean,
  options: ProgressOptions = {},
): Progress {
  if (!enabled) return { update() {}, setTotal() {}, done() {} };
  const now = options.now ?? (() => performance.now());
  const interval = options.interval ?? 250;
  const delay = options.delay ?? 500;
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  let total = options.totalBytes;
  return {
    setTotal(totalBytes) {
      total = totalBytes;
    },
    update(done, bytes) {
      const t = now();
      if (t - started < delay || t - lastDraw < interval) return;
      lastDraw = t;
      drawn = true;
      // \r back to the start, \x1b[K clears what a longer previous line left behind.
      stderr.write(`\r${progressLine(done, bytes, (t - started) / 1000, total)}\x1b[K`);
    },
    done() {
      if (drawn) stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** The line's text: "1,234 documents, 3.20 MB, 1.50 MB/s, 68%, 0:42 left". */
export function progressLine(done: number, bytes: number, seconds: number, totalBytes?: number): string {
  const rate = seconds > 0 ? bytes / seconds : 0;
  const parts = [`${done.toLocaleString('en-US')} document${done === 1 ? '' : 's'}`, `${mb(bytes)} MB`, `${mb(rate)} MB/s`];
  if (totalBytes !== undefined && totalBytes > 0 && rate > 0) {
    const left = Math.max(0, totalBytes - bytes) / rate;
    // An estimate (JSONL counts its JSON too): never 100% before the run says it is done.
    parts.push(`${Math.min(99, Math.round((bytes / totalBytes) * 100))}%`, `${clock(left)} left`);
  }
  return `attrib: ${parts.join(', ')}`;
}

// Two decimals while small (a slow run still shows movement), fewer as the numbers grow.
const mb = (b: number): string => (b / 1e6).toFixed(b >= 1e8 ? 0 : b >= 1e7 ? 1 : 2);

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
