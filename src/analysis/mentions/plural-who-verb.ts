// Part of descriptionStart (description-start.ts): "Parents who help teachers said ...": a bare base form right after a
// plural's "who" is the relative clause's verb, agreeing with that plural, not a modifier of the head after it, when
// the verb after the head has a subject of its own. (A person or group noun there is the clause's subject instead: "the
// boys who police officers found", "the boys who rescue teams said were trapped".)
import type { Token } from './tokens.js';
import { headKind } from './description-words.js';
import { isClosedClassWord } from './words.js';
import { PEOPLE_PLURALS_WITHOUT_S, PLURAL_END } from '../../lexicon/plurals.js';
import { alternation } from '../alternation.js';

// a plural antecedent right before "who": a plural noun or a people word with no "-s"
// (lexicon/plurals.ts: the plural ending and the plurals of people with none; and three collective nouns)
const PLURAL_PEOPLE = new RegExp(String.raw`^(?:\p{Ll}+${PLURAL_END}|${alternation([...PEOPLE_PLURALS_WITHOUT_S, 'staff', 'police', 'crew'])})$`, 'u');
// what opens a clause of its own with its subject: after the verb that follows the head, it shows the relative pronoun is
// not that clause's gap ("the boys who rescue teams said were trapped" has the gap, and "rescue teams" is its subject)
const OWN_SUBJECT = new Set(['the', 'a', 'an', 'that', 'he', 'she', 'they', 'it', 'we', 'this', 'these', 'their', 'his', 'her', 'its', 'there']);
/** Whether tokens[k], before the head tokens[i], is a bare lower-case form after "who" and a plural, not a person or
 *  group noun, and the verb after the head has a clause with its own subject: the relative clause's verb. */
export const baseVerbAfterPluralWho = (tokens: Token[], k: number, i: number): boolean => {
  const m = tokens[k]!;
  return !m.cap && m.word && !/(?:s|ed|ing|ly)$/.test(m.lower) && headKind(m.lower) === undefined && !isClosedClassWord(m.lower)
    && tokens[k - 1]?.lower === 'who' && PLURAL_PEOPLE.test(tokens[k - 2]?.lower ?? '') && OWN_SUBJECT.has(tokens[i + 2]?.lower ?? '');
};
