// Watches the corpus events on their way to the runner, so it can ask whether another document
// follows: a run over a single document is faster in this thread than in workers that each
// first load the analysis.
import type { CorpusEvent } from '../corpus/index.js';

export interface WatchedEvents {
  events: AsyncIterable<CorpusEvent>;
  /** True when another document arrives, false at the end of the input or after `ms`. */
  nextDocument(ms: number): Promise<boolean>;
}

export function watchDocuments(source: AsyncIterable<CorpusEvent>): WatchedEvents {
  let waiters: ((more: boolean) => void)[] = [];
  let ended = false;
  const settle = (more: boolean): void => {
    if (waiters.length === 0) return; // the usual case: nobody is asking
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve(more);
  };
  async function* events(): AsyncGenerator<CorpusEvent> {
    for await (const ev of source) {
      if (ev.type === 'doc') settle(true);
      yield ev;
    }
    ended = true;
    settle(false);
  }
  return {
    events: events(),
    nextDocument(ms) {
      if (ended) return Promise.resolve(false);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        waiters.push((more) => {
          clearTimeout(timer);
          resolve(more);
        });
      });
    },
  };
}
