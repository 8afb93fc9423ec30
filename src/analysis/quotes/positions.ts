// Where the speaker and the content sit around a cue, read off a bounded window of the sentence.
// These are the patterns of news attribution:
//   "X said (that) CONTENT."           speaker left, content right
//   "CONTENT, X said."  "CONTENT, said X."  "“CONTENT?” X asked."   content left
//   "X, who ..., said CONTENT" / "X, a doctor, said"             a clause between subject and cue
//   "Five years ago, he said, CONTENT"                            an aside: content on both sides
import { isCloser, isClosingMark, isSpace } from './text-utils.js';
import { isBlankCode } from '../segment/blanks.js';
import { letterAt } from '../segment/letters.js';
import { lastWord } from '../segment/last-word.js';
import { alternation } from '../alternation.js';
import { ASIDE_PARTICIPLES, SUBORDINATORS } from '../../lexicon/subordinators.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { LY_ADJECTIVES } from '../../lexicon/cue-contexts.js';

const WINDOW = 240;
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
// (a participle with its agent too: "The report, seen by the Courier, says ...")
const CLAUSE_OPENER = /^\s*(?:(?:who|whose|which|a|an|the|now|once|himself|herself|also|both|like|until|speaking|in|at|on|with|after|before|during|for|citing|according)\b|\p{Ll}+(?:ed|en|wn)\s+by\b)/iu;
// a past participle and its agent opening an aside ("led by", "backed by", "joined by", "driven by");
// CLAUSE_OPENER above has the same shape case-blind, for the clause right after a comma
const AGENT_ASIDE = /^\s*\p{Ll}+(?:ed|en|wn)\s+by\s/u;
// a past participle and the preposition or time word after it opening an aside with no agent ("The study, run across
// 61 firms, found", "The report, published in a journal on Monday, says"): what was done to the subject, whose phrase
// ends before the comma (the phrase inside names where or when, not who speaks); irregular participles that are
// also the past form ("held", "led", "run" aside) come from lexicon/past-forms.ts
const PLACE_ASIDE = new RegExp(String.raw`^\s*(?:\p{Ll}+(?:ed|en|wn)|run|done|${alternation(IRREGULAR_PASTS)})\s+(?:(?:up|out|off|down)\s+)?(?:in|on|at|across|among|over|from|for|after|during|since|between|under|with|last|this|earlier)\s`, 'u');
// an aside that is a subordinate or participle clause ("when asked ...", "speaking to ...")
export const SUBORDINATE_ASIDE = new RegExp(String.raw`^\s*(?:${alternation([...SUBORDINATORS, ...ASIDE_PARTICIPLES])})\b`, 'i');

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
  const lo = Math.max(from, end - WINDOW);
  let i = end;
  while (i > lo && isSpace(text[i - 1])) i--;
  const phraseEnd = i;
  let words = 0;
  // read by character code, one character at a time (this runs for every cue): no one-character strings or patterns
  while (i > lo) {
    const code = text.charCodeAt(i - 1);
    // a parenthesis inside the phrase ("Rep. Ann Lee (D-Md.) said") is skipped whole
    if (code === 41) {
      const open = lo + text.slice(lo, i - 1).lastIndexOf('(');
      if (open >= lo && open < i - 1 && i - open < 40) { i = open; continue; }
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
  const start = first !== '' && i + first.length < phraseEnd ? i + first.length : i;
  return start < phraseEnd ? { start, end: phraseEnd } : null;
}

const SO_FAR = /^so\s+far\b/i;
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

/**
 * The subject of a cue: the phrase before it, skipping auxiliaries, and skipping back over one
 * comma clause ("X, who ..., said" / "X, a doctor, said") when the words before the cue are one.
 */
export function subjectBefore(text: string, sentenceStart: number, cueStart: number, names?: (r: Range) => boolean): Range | null {
  const end = stripAux(text, sentenceStart, cueStart);
  let j = end;
  while (j > sentenceStart && isSpace(text[j - 1])) j--;
  if (text[j - 1] !== ',') return phraseBefore(text, sentenceStart, end);
  // asides between subject and verb ("X, who ..., said", "X, D-Ore., visiting the plant, said"):
  // go back comma by comma (at most 3) to a phrase that names someone
  const lo = Math.max(sentenceStart, j - WINDOW);
  let k = j - 1;
  let fallback: Range | null = null;
  for (let n = 0; n < 3; n++) {
    const found = text.slice(lo, k).lastIndexOf(',');
    const prevComma = found < 0 ? -1 : lo + found;
    const opener = CLAUSE_OPENER.test(text.slice(k + 1, k + 20)) || SUBORDINATE_ASIDE.test(text.slice(k + 1, k + 20)) || PLACE_ASIDE.test(text.slice(k + 1, k + 28));
    if (prevComma < lo) {
      const r = phraseBefore(text, sentenceStart, k);
      return r !== null && (names === undefined || names(r) || opener) ? r : fallback;
    }
    // "X, when asked whether he would run, said": a subordinate clause between commas is an aside,
    // whatever it names
    if (SUBORDINATE_ASIDE.test(text.slice(prevComma + 1, Math.min(k, prevComma + 20)))) { k = prevComma; continue; }
    // "Residents, led by a group called Save Our Park, say": a participle with its "by" agent is an aside
    // too, and the agent is not the verb's subject
    if (AGENT_ASIDE.test(text.slice(prevComma + 1, Math.min(k, prevComma + 24)))) { k = prevComma; continue; }
    // "The study, run across 61 firms in 2022, found": the participle's place or time phrase is no subject either
    if (PLACE_ASIDE.test(text.slice(prevComma + 1, Math.min(k, prevComma + 28)))) { k = prevComma; continue; }
    const r = phraseBefore(text, sentenceStart, k);
    if (r !== null && names !== undefined && names(r)) return r;
    if (r !== null && opener && fallback === null) fallback = r;
    k = prevComma;
  }
  return fallback;
}
