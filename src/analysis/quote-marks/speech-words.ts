// Every word of the text that is a speech-verb form, found in ONE pass over the text: the scare test
// (is there a speech verb near this short quote?) and the cue stage (which forms are cues?) both read
// this list instead of scanning the whole text again. Each hit carries the two words before it, which
// the cue rules need ("has said", "the report"), so no later stage walks the text word by word.
import { SPEECH_FORMS, type SpeechForm } from '../../lexicon/speech-verbs.js';

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

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
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

function mayBeForm(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  return first >= 128 || second >= 128 || FORM_KEYS.has(formKey(first, second, word.length));
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
  let prev = '';
  let prev2 = '';
  let prev2At = 0;
  let prevAt = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    // a number between two words is a word too: the word before it is not the word before this one
    if (numberBetween(text, prevAt + prev.length, m.index)) { prev = ''; prev2 = ''; }
    // a hyphenated compound is one word: "must-do list" has no auxiliary "do" before "list"
    const hyphen = text[m.index - 1] === '-' ? HYPHEN_JOIN.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
    const joined = hyphen !== null && !VERB_PREFIX.test(hyphen[1] ?? '');
    if (joined && prevAt + prev.length === m.index - 1) {
      prev = `${prev}-${word}`;
      continue;
    }
    const form = mayBeForm(word) ? SPEECH_FORMS.get(lowerCase(word)) : undefined;
    if (form !== undefined) out.push({ start: m.index, end: m.index + word.length, word, form, before: prev, before2: prev2, before2At: prev2At, joined });
    prev2 = prev;
    prev2At = prevAt;
    prev = word;
    prevAt = m.index;
  }
  return out;
}
