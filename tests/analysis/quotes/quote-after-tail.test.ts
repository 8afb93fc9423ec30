// A cue whose own tail is short reports the quote that opens the next sentence of its paragraph; a clause of its own
// is the content instead, and a quote with its own attribution keeps it (quotes/quote-after-tail.ts). Invented texts;
// hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };
const speakerRow = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

describe('quotes/quote-after-tail: a quote after a short attribution sentence', () => {
  it.each([
    // the next quote has its own attribution: the cue before keeps its own content
    ['Ann Lee said rents had doubled. “We cannot pay,” she said.', [['indirect', 'rents had doubled', 'said', 'Ann Lee'], ['direct', 'We cannot pay,', 'said', 'she']]],
    ['Ann Lee defended the toll. “Nobody wanted this,” she said.', [['indirect', 'the toll', 'defended', 'Ann Lee'], ['direct', 'Nobody wanted this,', 'said', 'she']]],
    // with no attribution of its own, the quote after a bare object or adverbial is the cue's content
    ['Ann Lee defended the toll. “Nobody wanted this.”', [['direct', 'Nobody wanted this.', 'defended', 'Ann Lee']]],
    ['Ann Lee spoke about the toll. “Nobody wanted this.”', [['direct', 'Nobody wanted this.', 'spoke about', 'Ann Lee']]],
  ])('gives one record to a quote after a short attribution sentence: %s', (text, rows) => {
    const qs = runQuotes(text, text.includes('she') ? [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]] : [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(speakerRow)).toEqual(rows);
  });
});
