// A noun-like speech form read as a verb after a possessive and a describing word ("Lind's terse reply: “No.”", "the
// mayor's Facebook post: “...”"): the describing word is the cue's, as annotated news marks it (with a noun cue's
// modifier: nouns.ts NOUN_CUE), and the possessor, not the word, is then the subject the speaker rules read.
import { NOUN_CUE_MODIFIERS, REPLY_MODIFIERS } from '../../lexicon/speech-nouns.js';
import { alternation } from '../alternation.js';
import { POSSESSIVE_MARK } from './nominal-possessor.js';
import { PLATFORM } from './verb-mediums.js';

const MODIFIER = alternation([...NOUN_CUE_MODIFIERS, ...REPLY_MODIFIERS]);
// a hyphened compound that ends as an adjective does ("long-standing", "oft-repeated", "by-now-familiar"), where many
// others are nouns ("his ex-wife says", "her co-founder tells")
// (not "so-called": the writer's distance from the word, no part of what was said)
const HYPHENED_ADJECTIVE = String.raw`(?!so-called\b)\p{Ll}+(?:-\p{Ll}+)*-\p{Ll}+(?:ing|ed|en|wn|ful|ar|al|ive|ous|ic|ent|ant|less|ible|able)`;
// the possessive, then one describing word (a listed one, a hyphened adjective or a platform's name) and the blank before the form
const POSSESSIVE_MODIFIER = new RegExp(String.raw`${POSSESSIVE_MARK}\s+((?:${MODIFIER}|${HYPHENED_ADJECTIVE}|${PLATFORM})\s+)$`, 'u');

/** Whether `word` is the noun-like form of `lemma` (the form itself or its plural: "reply", "posts", "replies"); never "says". */
function nounForm(word: string, lemma: string): boolean {
  const w = word.toLowerCase();
  return lemma !== 'say' && (w === lemma || w === `${lemma}s` || w === `${lemma.replace(/y$/, 'ie')}s`);
}

/** Where the cue of the noun-like `word` (of `lemma`) at `at` starts when a possessive and a describing word stand before it; -1 if not. */
export function modifiedNounStart(text: string, at: number, word: string, lemma: string): number {
  if (!nounForm(word, lemma)) return -1;
  const m = POSSESSIVE_MODIFIER.exec(text.slice(Math.max(0, at - 48), at));
  return m?.[1] !== undefined ? at - m[1].length : -1;
}
