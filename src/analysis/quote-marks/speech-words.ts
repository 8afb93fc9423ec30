// Every word of the text that is a speech-verb form, found in ONE pass over the text: the scare test
// (is there a speech verb near this short quote?) and the cue stage (which forms are cues?) both read
// this list instead of scanning the whole text again. Each hit carries the two words before it, which
// the cue rules need ("has said", "the report"), so no later stage walks the text word by word.
import { SPEECH_FORMS, type SpeechForm } from '../../lexicon/speech-verbs.js';
import { isApostropheCode, letterAt } from '../segment/letters.js';

export interface SpeechWord {
  start: number;
  end: number;
  word: string;
  form: SpeechForm;
  /** The word before, or '' after a number ("from 1990 to 1995, said"); a hyphenated compound is one word. */
  before: string;
  before2: string;
  before2At: number;
  /** The word is the second half of a hyphenated compound ("tell-all", "self-described"). */
  joined: boolean;
}

// the words: /\p{L}+(?:['’]\p{L}+)?/u, read by the scanner below (letters by code: segment/letters.ts)

/** The end of the run of letters from `i` (i itself when none starts there). */
function lettersFrom(text: string, i: number): number {
  for (let k = letterAt(text, i); k > 0; k = letterAt(text, i)) i += k;
  return i;
}
// a word joined by a hyphen to the one before it ("must-do", "self-described"), unless that one is a
// verb prefix ("co-wrote", "re-posted")
const HYPHEN_JOIN = /(\p{L}+)-$/u;
const VERB_PREFIX = /^(?:co|re|pre|counter|cross)$/i;

const NUMBER = /\p{N}/u;

/** A number between `from` and `to` (the gap between two words): ASCII digits read directly, the rest by \p{N}. */
function numberBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128) return NUMBER.test(text.slice(from, to));
  }
  return false;
}

// The length and first two letters of every form (all are a-z): most words of a text match none
// and are passed over without being lower-cased and hashed. Exact, since the only characters that
// lower-case into a-z are A-Z and the Kelvin sign (one unit to one), and a word whose first two units
// are not ASCII takes the lexicon look-up.
const formKey = (first: number, second: number, length: number): number => ((first | 32) * 128 + (second | 32)) * 64 + Math.min(length, 63);
const FORM_KEYS: ReadonlySet<number> = new Set([...SPEECH_FORMS.keys()].map((f) => formKey(f.charCodeAt(0), f.charCodeAt(1) || 0, f.length)));

/** Whether the word [start, end) of `text` may be a form, read from its first two units and its length. */
function mayBeForm(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  return first >= 128 || second >= 128 || FORM_KEYS.has(formKey(first, second, end - start));
}

/** The word in lower case; a word of lower-case ASCII letters is its own (toLowerCase costs a call even then). */
function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}

export function findSpeechWords(text: string): SpeechWord[] {
  const out: SpeechWord[] = [];
  // the word before and the one before that, as offsets: most words are no form, and are never sliced
  let prevAt = 0;
  let prevLen = 0;
  let prev2At = 0;
  let prev2Len = 0;
  for (let at = 0; at < text.length;) {
    // the next word: letters, then an apostrophe and letters ("don't", "O’Brien")
    const k = letterAt(text, at);
    if (k === 0) { at++; continue; }
    let end = lettersFrom(text, at + k);
    const apostrophe = text.charCodeAt(end);
    if (isApostropheCode(apostrophe) && letterAt(text, end + 1) > 0) end = lettersFrom(text, end + 1);
    const start = at;
    at = end;
    // a number between two words is a word too: the word before it is not the word before this one
    if (numberBetween(text, prevAt + prevLen, start)) { prevLen = 0; prev2Len = 0; }
    // a hyphenated compound is one word: "must-do list" has no auxiliary "do" before "list"
    const hyphen = text[start - 1] === '-' ? HYPHEN_JOIN.exec(text.slice(Math.max(0, start - 24), start)) : null;
    const joined = hyphen !== null && !VERB_PREFIX.test(hyphen[1] ?? '');
    if (joined && prevAt + prevLen === start - 1) {
      prevLen = end - prevAt;
      continue;
    }
    if (mayBeForm(text, start, end)) {
      const word = text.slice(start, end);
      const form = SPEECH_FORMS.get(lowerCase(word));
      if (form !== undefined) {
        out.push({ start, end, word, form, before: text.slice(prevAt, prevAt + prevLen), before2: text.slice(prev2At, prev2At + prev2Len), before2At: prev2At, joined });
      }
    }
    prev2At = prevAt;
    prev2Len = prevLen;
    prevAt = start;
    prevLen = end - start;
  }
  return out;
}
