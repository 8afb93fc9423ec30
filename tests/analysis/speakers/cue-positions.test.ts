// Where the cues sit, for the mentions around them (speakers/cue-positions.ts): a mention as a speech verb's subject,
// a pronoun before a cue that closes its clause. Invented texts; cues and mentions built by hand on the first match.
import { describe, expect, it } from 'vitest';
import { CuePositions, pronounKey } from '../../../src/analysis/speakers/cue-positions.js';
import type { Cue, Mention, MentionKind } from '../../../src/types.js';

const cueOn = (text: string, words: string): Cue => {
  const start = text.indexOf(words);
  return { text: words, start, end: start + words.length, lemma: words, kind: 'verb' };
};
const mentionOn = (text: string, words: string, kind: MentionKind, from = 0): Mention => {
  const start = text.indexOf(words, from);
  return { text: words, start, end: start + words.length, kind, entity: null, role: null, gender: null };
};

describe('speakers/cue-positions: pronounKey', () => {
  it.each([
    ['He’s', 'he'],
    ["they'll", 'they'],
    ['She', 'she'],
  ])('%s -> %s', (text, want) => {
    expect(pronounKey(text)).toBe(want);
  });
});

describe('speakers/cue-positions: subjectOfCue', () => {
  it.each([
    // right before the cue, or right after it at a clause's end
    ['Ada Roe said the pool was shut.', 'Ada Roe', 'name', 'said', { subject: true, spoke: true }],
    ['The pool was shut, said Ada Roe.', 'Ada Roe', 'name', 'said', { subject: true, spoke: true }],
    // after the cue with a verb of its own next: the content's subject, not the speaker
    ['The coach said Ada Roe was right.', 'Ada Roe', 'name', 'said', { subject: true, spoke: false }],
  ])('%s (%s)', (text, words, kind, cue, want) => {
    const cues = new CuePositions(text, [cueOn(text, cue)]);
    expect(cues.subjectOfCue(mentionOn(text, words, kind as MentionKind))).toEqual(want);
  });

  it.each([
    // a comma between: no subject; a relative pronoun: a clause inside the sentence
    ['Ada Roe, calling the pool shut, left.', 'Ada Roe', 'name', 'calling'],
    ['The coach, who said the pool was shut, left.', 'who', 'pronoun', 'said'],
  ])('leaves alone: %s (%s)', (text, words, kind, cue) => {
    const cues = new CuePositions(text, [cueOn(text, cue)]);
    expect(cues.subjectOfCue(mentionOn(text, words, kind as MentionKind))).toEqual({ subject: false, spoke: false });
  });
});

describe('speakers/cue-positions: closingCueAfter and cueEndedIn', () => {
  it.each([
    ['The pool is shut, she said.', true],
    ['The pool is shut, she said, adding a date for the reopening.', true],
    // the cue goes on into its content: no clause closed
    ['As for Roe, she said the pool was shut.', false],
  ])('%s -> %s', (text, want) => {
    const cues = new CuePositions(text, [cueOn(text, 'said')]);
    expect(cues.closingCueAfter(text.indexOf('she'))).toBe(want);
  });

  it('a cue ending inside a range, and none ending in the range before it', () => {
    const text = 'Ada Roe said the pool was shut.';
    const cues = new CuePositions(text, [cueOn(text, 'said')]);
    expect([cues.cueEndedIn(8, 20), cues.cueEndedIn(0, 12), cues.cueEndedIn(0, 13)]).toEqual([true, false, true]);
  });
});
