// The verb that takes a possessed stance noun as its object: "Ida Ek has toned down her attacks on the
// board", "Both unions sharpened their condemnation of the plan", "Rolf Lind dropped his endorsement of
// Ada Ek". The pronoun then points back at the clause's subject, who holds the stance; annotators draw
// the verb, its auxiliaries and the noun as one cue, with the subject as its source. Bounded look-backs only.
import { IRREGULAR_GOVERNING_VERBS } from '../../lexicon/stance-nouns.js';
import { STANCE_LIGHT_VERBS } from '../../lexicon/stance-light-verbs.js';
import { LY_ADJECTIVES, LY_ALSO_ADVERBS } from '../../lexicon/ly-words.js';
import { BACKING_VERBS } from '../../lexicon/backing-nouns.js';
import { HOLDER } from './nominal-possessor.js';

// auxiliaries and adverbs that may stand in a verb chain before its verb ("has not also made")
const AUXILIARIES = 'has|have|had|is|was|were|are|will|would|could|did|does|do|not|never|also|still|again';

// a verb (a form ending in -ed, -en or -s, or a common irregular past from the lexicon, perhaps with a
// particle) with up to three auxiliaries or adverbs before it, then a possessive pronoun and at most one
// modifier, ending right before the noun (not an auxiliary as the verb: "was her criticism of" is a
// copula; not after a preposition: "with his")
const GOVERNING_VERB = new RegExp(`(?:^|[\\s,;:(—–])((?:(?:${AUXILIARIES}|\\p{Ll}+ly)\\s+){0,3}(?:(?!(?:has|was|is|does|his|its|this|as|us|yes|always|perhaps|unless|whereas|less|across|thus|plus|news|means|towards|besides|even|often|been|seen|between|when|then|than)\\s)\\p{Ll}+(?:ed|en|s)|${IRREGULAR_GOVERNING_VERBS.join('|')})(?:\\s+(?:up|down|back|out|off))?)\\s+(?:${HOLDER})\\s+(?:[\\p{Ll}-]+\\s+)?$`, 'u');

/** Where the verb chain governing the possessed noun at `nounStart` starts, or -1 if none does. */
export const governingVerbStart = (text: string, nounStart: number): number => verbBefore(GOVERNING_VERB, text, nounStart)?.start ?? -1;

// a light verb (lexicon) with up to three auxiliaries or adverbs before it, then perhaps an article, "no" or
// a possessive pronoun, and at most two modifiers that are no prepositions, ending right before the noun:
// "has made an impassioned plea for", "heaped praise on", "launched a scathing attack on" (group 2: the
// modifiers; not "the issue of support for": "of" is no modifier, nor is a possessive, "have dropped
// their endorsement of" is a verb governing a possessed noun; an -ly word no adverb, "the family
// made", stays out of the chain)
const NOT_ADVERB = [...LY_ADJECTIVES].filter((w) => !LY_ALSO_ADVERBS.has(w)).join('|');
const chainBefore = (verbs: readonly string[]): RegExp => new RegExp(`(?:^|[\\s,;:(—–])((?:(?:${AUXILIARIES}|(?!(?:${NOT_ADVERB})\\s)\\p{Ll}+ly)\\s+){0,3}(?:${verbs.join('|')}))\\s+(?:(?:a|an|the|no|${HOLDER})\\s+)?((?:(?!(?:of|for|from|by|with|to|in|on|at|that|and|or|but|as|${HOLDER})\\s)[\\p{Ll}-]+\\s+){0,2})$`, 'u');
const LIGHT_VERB = chainBefore(STANCE_LIGHT_VERBS);
// the same shape with a verb of having or winning backing: "has the support of", "won the endorsement of"
const BACKING_VERB = chainBefore(BACKING_VERBS);

/** A verb chain before a noun: where it starts, and the modifiers between it and the noun. */
interface VerbChain { start: number; modifiers: string }

/** The verb chain (`re`: group 1 the chain, group 2 the modifiers) ending right before the noun at `nounStart`, or null. */
function verbBefore(re: RegExp, text: string, nounStart: number): VerbChain | null {
  const before = text.slice(Math.max(0, nounStart - 80), nounStart);
  const m = re.exec(before);
  if (m === null) return null;
  // (the match opens with one blank or mark before the chain, unless the window starts with it)
  const verb = m[1] ?? '';
  return { start: nounStart - before.length + m.index + (m[0].startsWith(verb) ? 0 : 1), modifiers: m[2] ?? '' };
}

/** The light-verb chain before the stance noun at `nounStart` ("made a plea for"), or null. */
export const lightVerbBefore = (text: string, nounStart: number): VerbChain | null => verbBefore(LIGHT_VERB, text, nounStart);
/** The verb chain of having or winning before the backing noun at `nounStart` ("won the endorsement of"), or null. */
export const backingVerbBefore = (text: string, nounStart: number): VerbChain | null => verbBefore(BACKING_VERB, text, nounStart);

// the clause's subject before the verb chain: back to the sentence start or the last comma, colon,
// semicolon or dash, a phrase of at most eight words ("By Friday, several senators had ...")
const CLAUSE_MARK = /[,;:(—–]/g;

/** The subject before a verb-led noun cue starting at `cueStart`, or null if none is short enough. */
export function subjectBeforeVerb(text: string, cueStart: number, sentenceStart: number): { start: number; end: number } | null {
  const lo = Math.max(sentenceStart, cueStart - 120);
  let window = text.slice(lo, cueStart);
  // a parenthesis right before the verb belongs to the subject ("Sen. Ada Ek (D-Ore.) renewed ..."): left out
  const trimmed = window.trimEnd();
  if (trimmed.endsWith(')') && trimmed.lastIndexOf('(') > 0) window = window.slice(0, trimmed.lastIndexOf('('));
  let from = 0;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(window); m !== null; m = CLAUSE_MARK.exec(window)) from = m.index + 1;
  if (from === 0 && lo > sentenceStart) return null;
  const phrase = window.slice(from);
  const start = lo + from + (phrase.length - phrase.trimStart().length);
  const end = lo + from + phrase.trimEnd().length;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= 8 ? { start, end } : null;
}
