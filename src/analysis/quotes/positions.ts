// Where the speaker and the content sit around a cue, read off a bounded window of the sentence.
// These are the patterns of news attribution:
//   "X said (that) CONTENT."           speaker left, content right
//   "CONTENT, X said."  "CONTENT, said X."  "“CONTENT?” X asked."   content left
//   "X, who ..., said CONTENT" / "X, a doctor, said"             a clause between subject and cue (subject-before.ts)
//   "Five years ago, he said, CONTENT"                            an aside: content on both sides
// This file reads the subject phrase right before a cue and the auxiliaries between them.
import { isCloser, isClosingMark, isSpace } from './text-utils.js';
import { isBlankCode } from '../segment/blanks.js';
import { letterAt } from '../segment/letters.js';
import { lastWord } from '../segment/last-word.js';
import { alternation } from '../alternation.js';
import { LY_ADJECTIVES } from '../../lexicon/ly-words.js';

// how far back from a cue its subject is read (characters)
export const SUBJECT_WINDOW = 240;
const digitAt = (text: string, i: number): boolean => { const c = text.charCodeAt(i); return c >= 48 && c <= 57; };
// an adverb in -ly, not a noun or adjective that only ends so ("Mr Quist's family said": lexicon LY_ADJECTIVES)
const LY_ADVERB = String.raw`(?!(?:${alternation([...LY_ADJECTIVES])})\b)\p{Ll}+ly`;
// auxiliaries and adverbs between a subject and its verb ("has also said", "later told", wire copy's "The firm, a maker
// of tiles, today announced", "yesterday said"); one list for AUX_TAIL and for AUX_LAST, its prefilter
const AUX_WORDS = 'also|has|have|had|will|would|could|can|may|might|must|should|did|does|do|not|n\'t|never|then|later|previously|recently|repeatedly|once|again|further|first|earlier|publicly|privately|already|often|still|just|is|was|were|are|been|being|quickly|flatly|separately|reportedly|allegedly|today|yesterday|tonight';
const AUX_TAIL = new RegExp(String.raw`(?:\s+(?:${LY_ADVERB}|${AUX_WORDS}))+\s*$`, 'u');
// the word AUX_TAIL must end with, read alone (a few characters) instead of the whole pattern tried from
// every position of its window: most cues follow a name (segment's lastWord trims blanks and lower-cases,
// so it lets through a few windows more; AUX_TAIL, case-sensitive and end-anchored, still decides)
const AUX_LAST = new RegExp(String.raw`^(?:\p{Ll}+ly|${AUX_WORDS})$`, 'u');
// words that end a subject phrase on its left: a clause boundary
const BOUNDARY_WORD = /^(?:that|and|but|or|as|while|whilst|whereas|when|because|although|though|if|unless|until|whether|than|after|before|since|so|where|whom?|which|then)$/i;
export interface Range {
  start: number;
  end: number;
}

/** Skip "has also" etc. right before the cue; returns the end of the subject phrase. */
export function stripAux(text: string, from: number, cueStart: number): number {
  const window = text.slice(Math.max(from, cueStart - 80), cueStart);
  const m = AUX_LAST.test(lastWord(window)) ? AUX_TAIL.exec(window) : null;
  return m !== null ? cueStart - window.length + m.index : cueStart;
}

// "the" and a capitalised word before an "and" inside a name: "the Food and Farming Agency"
const NAME_BEFORE_AND = /(?:^|\s)[Tt]he\s+\p{Lu}[\p{L}’'.-]*\s+$/u;
/** Whether the "and" starting at `at` joins the capitalised words of one name. */
function andInName(text: string, lo: number, at: number): boolean {
  return /^and\s+\p{Lu}/u.test(text.slice(at, at + 6)) && NAME_BEFORE_AND.test(text.slice(Math.max(lo, at - 40), at));
}

/** The subject phrase left of `end` back to a clause boundary (at most 12 words), or null. */
export function phraseBefore(text: string, from: number, end: number): Range | null {
  const lo = Math.max(from, end - SUBJECT_WINDOW);
  let i = end;
  while (i > lo && isSpace(text[i - 1])) i--;
  const phraseEnd = i;
  let words = 0;
  // read by character code, one character at a time (this runs for every cue): no one-character strings or patterns
  while (i > lo) {
    const code = text.charCodeAt(i - 1);
    // a parenthesis inside the phrase ("Rep. Ann Lee (D-Md.) said") is skipped whole, and so is a relative clause in
    // brackets of any length ("Ruth Ames (whom the panel questioned at length) said": the clause names no speaker)
    if (code === 41) {
      const open = lo + text.slice(lo, i - 1).lastIndexOf('(');
      if (open >= lo && open < i - 1 && (i - open < 40 || opensRelative(text, open + 1))) { i = open; continue; }
    }
    // , ; : ( [ — – end the phrase (not a thousands comma between digits: "a poll of 1,500 voters"); so does a
    // closing quote mark not right after a letter (one unit: no pair runs into it)
    if ((code === 44 && !(digitAt(text, i - 2) && digitAt(text, i))) || code === 59 || code === 58 || code === 40 || code === 91 || code === 0x2014 || code === 0x2013) break;
    if (isCloser(code) && !(i >= 2 && letterAt(text, i - 2) !== 0)) break;
    // a German-style closer after its quote's punctuation ("„Wir kommen,“ said ...") ends it too
    if ((code === 0x201c || code === 0x2018) && isClosingMark(text, text[i - 1] ?? '', i - 1)) break;
    if (code === 45 && isSpace(text[i - 2]) && isSpace(text[i])) break;
    if (isBlankCode(code)) {
      // the word that starts at i: a boundary word ends the phrase
      const w = boundaryWordAt(text, i);
      if (w !== '' && i < phraseEnd && !(w === 'and' && andInName(text, lo, i))) {
        const afterWord = i + w.length;
        return afterWord < phraseEnd ? { start: afterWord, end: phraseEnd } : null;
      }
      if (++words > 12) return null;
    }
    i--;
  }
  // the first word of the sentence may itself be a boundary word ("And he said")
  const first = boundaryWordAt(text, i);
  // a lone boundary word right after a bracket or dash opens a clause there, as after a space ("The club (which denied
  // it) said": "which" is no subject; relative-subject.ts reads its antecedent)
  if (first !== '' && i + first.length >= phraseEnd && OPENS_AFTER.test(text[i - 1] ?? '')) return null;
  const start = first !== '' && i + first.length < phraseEnd ? i + first.length : i;
  return start < phraseEnd ? { start, end: phraseEnd } : null;
}

// a relative pronoun opening a bracket's words
const RELATIVE_AT = /(?:who|whom|whose|which)\b/iy;
/** Whether a relative pronoun opens a bracket's words, read where the bracket opens (`at`, right after it). */
export function opensRelative(text: string, at: number): boolean {
  RELATIVE_AT.lastIndex = at;
  return RELATIVE_AT.test(text);
}

const SO_FAR = /^so\s+far\b/i;
const OPENS_AFTER = /^[(\[—–]$/;
// the run of letters and apostrophes starting a word, as /[\p{L}']+/u reads it; only its length is needed here
const LETTERS_AT = /[\p{L}']+/uy;
/** The boundary word (BOUNDARY_WORD) that the word starting at `at` is, or '' when it is none (all are short). */
function boundaryWordAt(text: string, at: number): string {
  LETTERS_AT.lastIndex = at;
  if (!LETTERS_AT.test(text)) return '';
  const len = LETTERS_AT.lastIndex - at;
  if (len > 8) return '';
  const w = text.slice(at, at + len);
  // "The largest study so far found": "so far" qualifies the subject, no clause opens there
  if (len === 2 && SO_FAR.test(text.slice(at, at + 8))) return '';
  return BOUNDARY_WORD.test(w) ? w : '';
}
