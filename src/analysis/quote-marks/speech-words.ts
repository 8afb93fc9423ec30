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
    if (/\p{N}/u.test(text.slice(prevAt + prev.length, m.index))) { prev = ''; prev2 = ''; }
    // a hyphenated compound is one word: "must-do list" has no auxiliary "do" before "list"
    const hyphen = text[m.index - 1] === '-' ? HYPHEN_JOIN.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
    const joined = hyphen !== null && !VERB_PREFIX.test(hyphen[1] ?? '');
    if (joined && prevAt + prev.length === m.index - 1) {
      prev = `${prev}-${word}`;
      continue;
    }
    const form = SPEECH_FORMS.get(word.toLowerCase());
    if (form !== undefined) out.push({ start: m.index, end: m.index + word.length, word, form, before: prev, before2: prev2, before2At: prev2At, joined });
    prev2 = prev;
    prev2At = prevAt;
    prev = word;
    prevAt = m.index;
  }
  return out;
}
