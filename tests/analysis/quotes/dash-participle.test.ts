import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// Each quote as [cue, content, speaker mention].
const quotes = (text: string): [string | null, string, string | null][] => analyze({ id: 't', text }).quotes.map((q) =>
  [q.cue?.text ?? null, q.text, q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end)]);

// quotes/content-end and verb-cue: a spaced dash before a participle cue ends the first content as a comma does, and the
// participle continues the frame's speaker (not when a second dash closes an aside); a participle cue that opens with an
// adverb ("before optimistically predicting") is a second claim too.
describe('quotes: a participle after a dash', () => {
  it.each([
    ['Coach Ivo Berg said the pitch was “a bog” — insisting that the match should be moved.',
      [['said', 'the pitch was “a bog”', 'Coach Ivo Berg'], ['insisting', 'the match should be moved', 'Coach Ivo Berg']]],
    ['Tessa Lund said the ferry fares were too high -- adding that the port would review them.',
      [['said', 'the ferry fares were too high', 'Tessa Lund'], ['adding', 'the port would review them', 'Tessa Lund']]],
    ['Ivo Berg praised the new stand, saying it was “a fine place,” before confidently predicting that crowds would grow.',
      [['praised', 'the new stand', 'Ivo Berg'], ['saying', 'it was “a fine place,”', 'Ivo Berg'],
        ['confidently predicting', 'crowds would grow', 'Ivo Berg']]],
  ])('%s', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });

  it.each([
    // an aside between two dashes stays inside the content
    ['Tessa Lund said the ferry — citing its age — would be sold.', [['said', 'the ferry — citing its age — would be sold', 'Tessa Lund']]],
  ])('leaves alone: %s', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });
});
