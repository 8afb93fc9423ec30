// The words that open a noun phrase, not a verb, right after "to": "told to the court", "declined to a record low",
// "fell to its lowest level". An infinitive's "to" is followed by none of them (quotes/reduced-passive.ts,
// cues/subject-phrase-verb.ts).
import { OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from './pronouns.js';

export const NOUN_PHRASE_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', ...POSSESSIVE_DETERMINERS, ...OBJECT_PRONOUNS,
];
