// The written rule that lays down a provision is its source, wherever the rule stands in its sentence: "Lawmakers
// passed a bill requiring landlords to register", "Towns vote first under a state law that allows it", "The board
// adopted a code which bars gifts". The rule noun phrase right before the verb of laying down (or before its relative
// "that"/"which") is the subject; the sentence's own subject ("Lawmakers") passed the rule and said nothing of it.
// The cue itself is found by cues/provisions.ts.
import { LAYING_DOWN_VERBS, RULE_NOUNS } from '../../lexicon/provisions.js';
import { alternation } from '../alternation.js';
import type { Range } from './positions.js';

const LAYING_DOWN = new Set(LAYING_DOWN_VERBS);
// a determiner (not "no": "there is no rule requiring ..." names no rule), up to three words, a rule noun, and perhaps
// "that"/"which", ending where the verb's auxiliaries start
const DETERMINERS = ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'any', 'every', 'each'];
// (no determiner among the words: "the council passed a bill" is two phrases)
const RULE_PHRASE = new RegExp(
  String.raw`\b(?:${alternation(DETERMINERS)})\s+(?:(?!(?:${alternation(DETERMINERS)})\b)[\p{L}\d’'.-]+\s+){0,3}?(?:${alternation(RULE_NOUNS)})(?=(?:,?\s+(?:that|which))?\s*$)`,
  'iu',
);

/** The rule noun phrase that is the source of the laying-down verb `cue` (its auxiliaries before `auxStart`), or null. */
export function ruleSourceBefore(text: string, sentenceStart: number, cue: { text: string }, auxStart: number): Range | null {
  const verb = cue.text.toLowerCase();
  if (!LAYING_DOWN.has(verb) && !(verb.endsWith(' for') && LAYING_DOWN.has(verb.slice(0, -4)))) return null;
  const from = Math.max(sentenceStart, auxStart - 64);
  const m = RULE_PHRASE.exec(text.slice(from, auxStart));
  return m === null ? null : { start: from + m.index, end: from + m.index + m[0].length };
}
