// "According to X, CONTENT." and "CONTENT, according to X." (quotes/according-to.ts accordingTo): the content on the
// side away from X, after any aside about the source. Invented one-sentence texts, on the resolved state with the
// source phrase read as from-cues.ts reads it; drafts compared trimmed (finalize trims them).
import { describe, expect, it } from 'vitest';
import { accordingTo } from '../../../src/analysis/quotes/according-to.js';
import { phraseAfter } from '../../../src/analysis/quotes/phrase-after.js';
import { SpeechSpans } from '../../../src/analysis/quotes/text-utils.js';
import { resolvedOf } from '../resolved-of.js';

/** [content, speaker mention] of the draft for the text's "according to" cue (null: no draft). */
const draft = (text: string): [string, string | null] | null => {
  const s = resolvedOf(text);
  const sentence = s.sentences[0]!;
  const cue = s.cues.find((c) => c.kind === 'according-to')!;
  const d = accordingTo({ s, speech: new SpeechSpans(s.quoteSpans), sentence, index: 0, cues: s.cues }, cue, phraseAfter(text, cue.end, sentence.end, true));
  return d === null ? null : [text.slice(d.start, d.end).trim(), d.who.speakerMention?.text ?? null];
};

describe('quotes/according-to: accordingTo', () => {
  it.each([
    ['According to the clerk, the fee will rise.', ['the fee will rise.', 'the clerk']],
    ['The fee will rise, according to the clerk.', ['The fee will rise,', 'the clerk']],
    // after a conjunction the source opens a clause of its own
    ['Budgets rose, but according to the union, that is a cut.', ['that is a cut.', 'the union']],
    // past an aside about the source, and past a number's comma inside the source phrase
    ['According to Ada Roe, who spoke on condition of anonymity, rents fell.', ['rents fell.', 'Ada Roe']],
    ['According to a poll of 12,000 voters, the fee is unpopular.', ['the fee is unpopular.', 'a poll']],
    // a source the mention stage lists nothing in: its own noun phrase, up to its preposition
    ['According to a summary by the research office, rents fell.', ['rents fell.', 'the research office']],
    // another cue before a last relative clause: the source vouches for that clause only
    ['Ivo Berg says the gap can still close, which stood at 40 votes in May, according to the clerk.', ['which stood at 40 votes in May,', 'the clerk']],
    // a place's "where" clause and a contrast opened by "while" likewise
    ['Millers fear the levy will sink the harbour, where trade fell by half in a decade, according to the port board.', ['where trade fell by half in a decade,', 'the port board']],
    ['Millers fear the levy will sink them, while exports fell by a third, according to the port board.', ['exports fell by a third,', 'the port board']],
  ])('%s', (text, want) => {
    expect(draft(text)).toEqual(want);
  });

  it.each([
    // a cue inside a relative clause is no main clause's report: the source vouches for it all
    ['Residents who said the noise was awful met the mayor, and the fees rose, according to the clerk.',
      ['Residents who said the noise was awful met the mayor, and the fees rose,', 'the clerk']],
    // a "where" or "while" clause with no report before it: the source vouches for the whole sentence
    ['The harbour lost trade, where rents rose too, according to the port board.', ['The harbour lost trade, where rents rose too,', 'the port board']],
    ['The harbour lost trade, while rents rose, according to the port board.', ['The harbour lost trade, while rents rose,', 'the port board']],
  ])('leaves the whole sentence: %s', (text, want) => {
    expect(draft(text)).toEqual(want);
  });

  it.each([
    // an opening source with no comma after it: no content set apart
    ['According to the clerk the fee'],
  ])('leaves alone: %s', (text) => {
    expect(draft(text)).toBeNull();
  });
});
