import { describe, expect, it } from 'vitest';
import { watchDocuments } from '../../src/run/peek.js';
import type { CorpusEvent } from '../../src/corpus/index.js';

const doc = (id: string): CorpusEvent => ({ type: 'doc', doc: { id, text: id } });
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function* slowly(list: (CorpusEvent | number)[]): AsyncGenerator<CorpusEvent> {
  for (const x of list) {
    if (typeof x === 'number') await sleep(x);
    else yield x;
  }
}

describe('watchDocuments', () => {
  it.each([
    ['another document follows', [doc('a'), doc('b')], true],
    ['the input ends', [doc('a')], false],
    ['only a warning follows', [doc('a'), { type: 'warn', message: 'w' } as CorpusEvent], false],
    ['a warning, then a document', [doc('a'), { type: 'warn', message: 'w' } as CorpusEvent, doc('b')], true],
    ['the next document comes too late', [doc('a'), 300, doc('b')], false],
  ])('after the first document, %s: %s', async (_name, list, expected) => {
    const watched = watchDocuments(slowly(list));
    const it = watched.events[Symbol.asyncIterator]();
    await it.next(); // the first document reaches the runner
    const answer = watched.nextDocument(50);
    const drain = (async () => { while (!(await it.next()).done); })();
    expect(await answer).toBe(expected);
    await drain;
  });

  it('answers false at once once the input has ended', async () => {
    const watched = watchDocuments(slowly([doc('a')]));
    for await (const _ev of watched.events) { /* drain */ }
    expect(await watched.nextDocument(10_000)).toBe(false);
  });
});
