// The speaker phrase as speakerIn reads it (quotes/speaker-phrase.ts phraseAt): trimmed of the punctuation around it,
// with the cue right after it and that cue's voice; null when empty or only a claim's hearer. Invented texts.
import { describe, expect, it } from 'vitest';
import { phraseAt } from '../../../src/analysis/quotes/speaker-phrase.js';
import { resolvedOf } from '../resolved-of.js';

/** [trimmed phrase, cue after it, voice] for the first `phrase` in `text` (null: none). */
const at = (text: string, phrase: string): [string, string | null, string] | null => {
  const start = text.indexOf(phrase);
  const p = phraseAt(resolvedOf(text), start, start + phrase.length);
  return p === null ? null : [text.slice(p.t.start, p.t.end), p.cue?.text ?? null, p.voice];
};

describe('quotes/speaker-phrase: phraseAt', () => {
  it.each([
    ['The mayor said the pool was shut.', 'The mayor ', ['The mayor', 'said', 'active']],
    // punctuation around the phrase is trimmed
    ['Later, (the mayor), said the pool was shut.', ', (the mayor), ', ['the mayor', null, 'active']],
    // a raising verb and a passive: their subject is no speaker (the voice says so)
    ['Ada Roe appears to have lost the vote.', 'Ada Roe ', ['Ada Roe', 'appears', 'raising']],
    ['The plan was criticized by Ada Roe.', 'The plan ', ['The plan', 'was criticized', 'passive']],
    // a raising verb before a cue verb keeps its subject's active voice
    ['Ada Roe seems to suggest that the pool is shut.', 'Ada Roe ', ['Ada Roe', 'seems to suggest', 'active']],
    // a subject of "hear" that is no hearing body is left to the speaker rules
    ['The driver was tired, staff heard.', 'staff ', ['staff', null, 'active']],
  ])('%s', (text, phrase, want) => {
    expect(at(text, phrase)).toEqual(want);
  });

  it.each([
    // nothing but punctuation
    [' , ; said the pool.', ' , ; '],
    // only the hearing that heard the claim
    ['The driver was tired, a tribunal heard.', 'a tribunal '],
  ])('leaves alone: %s', (text, phrase) => {
    expect(at(text, phrase)).toBeNull();
  });
});
