// quotes/colon-block.ts: a speech verb and a colon end a paragraph, and the next paragraph, with no quotation marks, is
// what was said (a block quote whose marks were lost with the markup). Whole pipeline; [content, cue, speaker] of each
// record whose rule is colon-block (the cue keeps its colon, the content loses its final stop). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };
const speakerRow = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

const blocks = (text: string) => analyze({ id: 'c', text }).quotes.filter((q) => q.rule === 'colon-block')
  .map((q) => [q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null]);

describe('quotes/colon-block: the next paragraph is the content', () => {
  it.each<[string, (string | null)[][]]>([
    ['In a statement on Monday, the harbour master added:\nThe ferry will not sail until the storm has passed.',
      [['The ferry will not sail until the storm has passed', 'added:', 'the harbour master']]],
    ['Ines Varga wrote:\nWe have asked the council three times and nobody has answered.',
      [['We have asked the council three times and nobody has answered', 'wrote:', 'Ines Varga']]],
  ])('%s', (text, expected) => {
    expect(blocks(text)).toEqual(expected);
  });
});

describe('quotes/colon-block: leaves alone', () => {
  it.each<string>([
    // the next paragraph opens with a quotation mark: quoted speech, another rule
    'The harbour master added:\n“The ferry will not sail until the storm has passed.”',
    // the next paragraph does not end like a sentence: a heading or a list
    'The harbour master added:\nFerry times and storm warnings',
    // fewer than four words
    'The harbour master added:\nNo ferries.',
    // the colon is not at the paragraph's end
    'The harbour master added: the ferry will not sail.\nThe storm passed at noon on Tuesday, and boats went out.',
    // the last paragraph has no next one
    'The harbour master added:',
  ])('%s', (text) => {
    expect(blocks(text)).toEqual([]);
  });
});

describe('quotes: a colon lead-in across a line break', () => {
  it('gives a colon lead-in across a line break its speaker', () => {
    const qs = runQuotes('Ann Lee added:\n“The bridge opens in May.”', [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(speakerRow)).toEqual([['direct', 'The bridge opens in May.', 'added:', 'Ann Lee']]);
  });
});
