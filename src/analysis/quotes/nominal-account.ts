// What "by X's own account" (cues/nominal-account.ts) vouches for: the clause beside the phrase, as for "according to
// X". After the phrase's comma, the rest of the sentence ("By her own account, SHE ANNOYED EVERY MAYOR."); with the
// phrase at the sentence's end, the clause before its comma ("THE CLUB HAS 400 MEMBERS, by Ivo Berg's count.").
// The possessor is the source. Pure and regex-only.
import type { Cue } from '../../types.js';
import type { NominalContent } from './nominal-content.js';
import { nounPossessor } from './nominal-content.js';
import { afterBlanks } from './text-utils.js';

const COMMA_AFTER = /^\s*,/;
// what may stand before "by" for the content to be what follows the phrase: the sentence's start (an opening mark), or a
// conjunction and its comma ("She organized the petitions and, by her own account, annoyed every mayor"); inside a
// clause ("has made the crossing, by his own count, more than 60,000 times") the content would hold the phrase itself
// ("the" may stand between "by" and a name the possessor look-up starts at: "By the Weather Office's count")
const OPENS_BEFORE = /(?:^[\s“"‘'(]*|\b(?:and|but|yet|or)\s*,\s*)(?:[Bb]y|[Ii]n)\s+(?:the\s+)?$/;
// "by" (or "in": "..., in the coach's view") and the possessor before the cue, with the comma before them, back to the sentence start (bounded)
const COMMA_BY_BEFORE = /,\s*(?:[Bb]y|[Ii]n)\s+[^,]{1,60}$/;
const TRAILING = /[\s.!?]+$/;
const BY_OPENING = /^(?:By|In)\s+/;

/** The clause "by X's own account" vouches for, with X as its source, or null. */
export function accountContent(text: string, cue: Cue, sentenceStart: number, sentenceEnd: number): NominalContent | null {
  const owner = nounPossessor(text, cue.start, sentenceStart);
  if (owner === null) return null;
  // (a capitalised "By" or "In" opening the sentence reads as a name's first word: "By Ivo Berg's count")
  const by = BY_OPENING.exec(text.slice(owner.start, owner.end));
  const source = by === null ? owner : { ...owner, start: owner.start + by[0].length };
  const comma = COMMA_AFTER.exec(text.slice(cue.end, cue.end + 4));
  let start: number;
  let end: number;
  if (comma !== null) {
    if (!OPENS_BEFORE.test(text.slice(Math.max(sentenceStart, source.start - 30), source.start))) return null;
    start = afterBlanks(text, cue.end + comma[0].length);
    end = Math.min(sentenceEnd, start + 1500);
  } else {
    const lead = text.slice(Math.max(sentenceStart, cue.start - 80), cue.start);
    const by = COMMA_BY_BEFORE.exec(lead);
    if (by === null) return null;
    start = afterBlanks(text, sentenceStart);
    end = cue.start - lead.length + by.index;
  }
  end = start + text.slice(start, end).replace(TRAILING, '').length;
  return end > start ? { start, end, source, rule: 'noun-account' } : null;
}
