// An absolute clause "with X -ing" (quotes/speaker-with.ts withSubject): the phrase between "with" and its -ing cue
// speaks. Invented one-sentence texts, on the resolved state with the sentence's cues.
import { describe, expect, it } from 'vitest';
import { withSubject } from '../../../src/analysis/quotes/speaker-with.js';
import { SpeechSpans } from '../../../src/analysis/quotes/text-utils.js';
import { resolvedOf } from '../resolved-of.js';

/** [speaker mention, speaker] withSubject gives for the cue starting with `cue` (null: no such clause). */
const subject = (text: string, cue: string): [string | null, string | null] | null => {
  const s = resolvedOf(text);
  const c = s.cues.find((x) => x.text.startsWith(cue))!;
  const r = withSubject({ s, speech: new SpeechSpans(s.quoteSpans), sentence: s.sentences[0]!, index: 0, cues: s.cues }, c);
  return r === null ? null : [r.speakerMention?.text ?? null, r.speaker];
};

describe('quotes/speaker-with: withSubject', () => {
  it.each([
    ['The board met, with many staff arguing the pay offer was low.', 'arguing', ['many staff', 'staff']],
    ['The vote passed, with Tarn Radio and Velm News calling it a farce.', 'calling', ['Tarn Radio and Velm News', 'Tarn Radio and Velm News']],
  ])('%s', (text, cue, want) => {
    expect(subject(text, cue)).toEqual(want);
  });

  it.each([
    // a preposition right before the cue makes it a gerund object, no clause
    ['She won fans with a reel of her jokes about wanting a pier.', 'wanting'],
    // a cue that is no -ing form: "with" then heads a phrase of the subject's
    ['The union with the most members warned that fares would rise.', 'warned'],
  ])('leaves alone: %s', (text, cue) => {
    expect(subject(text, cue)).toBeNull();
  });
});
