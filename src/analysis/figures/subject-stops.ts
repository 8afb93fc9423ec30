// Which words end a figure's subject phrase (subject.ts walks the phrase): a verb, preposition, pronoun or adverb by
// compromise's tags (read as data), a plural head noun, and the verb of a reduced clause at the phrase's end.
import { NUMBER_WORDS, tagsOf } from './word-tags.js';
import { SUBJECT_STOP_WORDS as STOP_WORDS } from '../../lexicon/subject-words.js';
import { PEOPLE_PLURALS_WITHOUT_S, PLURAL_END } from '../../lexicon/plurals.js';
import { alternation } from '../alternation.js';
import { IRREGULAR_PAST_SET, UNINFLECTED_PASTS } from '../../lexicon/past-forms.js';

const STOP_TAGS = new Set([
  'Copula', 'PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction',
  'Determiner', 'Pronoun', 'QuestionWord', 'Adverb', 'Negative', 'Gerund', 'Possessive', 'Comparative', 'Condition',
]);
// tags that end the phrase even on a capitalised word: "the only one I trust", "two If ..." (a name never carries them)
const ALWAYS_STOP_TAGS = new Set(['Pronoun', 'Condition', 'Conjunction']);
const NOUN_LIKE_FIRST = new Set(['PresentTense', 'Infinitive', 'Gerund']);

// a plural noun ends the phrase ("people live there"); words in -ous, -us, -is, -ss are no plurals
// ("nine curious things", "the campus", "a crisis"): lexicon/plurals.ts; four letters at least (the short words in -s
// are mostly no nouns: "has", "was", "its")
const PLURAL_HEAD = new RegExp(String.raw`^(?:${alternation(PEOPLE_PLURALS_WITHOUT_S)}|\p{Ll}{2,}${PLURAL_END})$`, 'u');
// capitalised plurals that name groups of people ("Americans", "Democrats", "Iowans", "Baptists"):
// the phrase ends there too ("41 percent of Norwegians say ..."); surnames in -s ("Rogers") are not caught
const GROUP_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ats|ists|ites|ents)$/u;

/** An -ing word at the end of a phrase is the verb of a reduced clause ("the 850 mark heading into ..."). */
export function trailingVerb(word: string): boolean {
  const tags = tagsOf(word);
  // ("one crew tied to ...", "29 residents hurt": a participle in -ed closes it the same way)
  if (/^\p{Ll}+ed$/u.test(word)) return true;
  if (!/^\p{Ll}+ing$/u.test(word)) return false;
  // (one the lexicon calls an adjective too: "300 radio ads supporting ...", "40 seats remaining"; a phrase ends in its
  // noun, such an adjective stands before one)
  return tags.length === 0 || tags.includes('Gerund') || tags.includes('Adjective');
}

// "6 in 10 say we ...", "30% want the ...": a bare verb then a pronoun, determiner or name is the clause's verb
const CLAUSE_NEXT = /^[ \t]+(?:(?:they|we|he|she|it|the|a|an|that|this|their|his|her|its)(?![\p{L}])|\p{Lu})/u;
export function clauseVerb(word: string, after: string): boolean {
  return tagsOf(word).includes('Infinitive') && CLAUSE_NEXT.test(after);
}

// "hit the coast": an object after the verb; "cut the union accepted": a relative clause after a compound's head (the
// second or third word after the determiner is a past)
const OBJECT_AFTER = /^[ \t]+(?:the|its|their|his|her|our|a|an)[ \t]+\p{L}+(?:[ \t]+(\p{L}+))?(?:[ \t]+(\p{L}+))?/iu;
const past = (w: string | undefined): boolean => w !== undefined && (/^\p{Ll}+ed$/u.test(w) || IRREGULAR_PAST_SET.has(w) || tagsOf(w).includes('PastTense'));

/** A past like its bare form ("hit", "cut", "set") with an object after it is the clause's verb, not a compound's head. */
export function bareVerbWithObject(word: string, after: string): boolean {
  const m = UNINFLECTED_PASTS.has(word.toLowerCase()) ? OBJECT_AFTER.exec(after) : null;
  return m !== null && !past(m[1]) && !past(m[2]);
}

/** A plural head noun ends the phrase ("300 nurses walked out", "41 percent of Norwegians say"). */
export function pluralHead(word: string): boolean {
  if (PLURAL_HEAD.test(word)) return true;
  // lower-case words the lexicon calls plural may still modify ("police officers"); capitalised ones head the phrase
  return GROUP_PLURAL.test(word) || (/^\p{Lu}/u.test(word) && tagsOf(word).includes('Plural'));
}

/** Whether `word`, the `index`-th of the phrase after `prev` (and after a determiner, `afterDeterminer`), ends the
 *  phrase before it: a verb, a preposition, a pronoun, an adverb or a listed stop word. */
export function stops(word: string, index: number, prev = '', afterDeterminer = false): boolean {
  const lower = word.toLowerCase();
  if (lower === 'of' || lower === 'a' || lower === 'the' || STOP_WORDS.has(lower) || NUMBER_WORDS.has(lower)) return true;
  // "2 tonnes of rice worth £9m": after a noun "worth" says what it is worth (first, it is a noun: "£9m worth of")
  if (index > 0 && lower === 'worth') return true;
  const capital = /^\p{Lu}/u.test(word);
  // right after a number a noun is far likelier than a verb: "1,500 shares", "300 fishing boats"
  // and a word in -s after a number is a plural noun ("900 fishing boats"), not a verb ("is" and "has" are listed)
  // after a modifier ("the rural vote", "jobless claims") a verb-looking word is the head noun
  const prevTags = prev === '' ? [] : tagsOf(prev);
  // a singular noun before a verb-looking word makes a compound ("two bond fund traders", "a tax cut")
  // (a possessive too: "the river’s flow", "the city's fund")
  const afterModifier = prev !== '' && (/^\p{Lu}/u.test(prev) || /\p{L}['’]s?$/u.test(prev) || prevTags.some((t) => t === 'Adjective' || t === 'Demonym' || t === 'Singular')
    || (prevTags.length === 0 && !/(?:ed|ing|ly|s)$/.test(prev)));
  const tags = tagsOf(word).filter((t) => ((index > 0 && !afterModifier) || !NOUN_LIKE_FIRST.has(t)) && !(t === 'PresentTense' && /s$/.test(lower))
    && !(t === 'PastTense' && index === 0 && afterDeterminer));
  if (!capital && tags.some((t) => STOP_TAGS.has(t))) return true;
  if (capital && tags.some((t) => ALWAYS_STOP_TAGS.has(t))) return true;
  if (!capital && tags.length === 0 && /(?:ly)$/.test(lower)) return true;
  // an unknown word in -ed or -ing is a verb more often than an adjective ("the two taped a show");
  // after a modifier an -ing word is part of a compound ("four state polling stations")
  // (right after "the" it is the noun's adjective: "30 percent of the merged firm")
  if (!capital && tags.length === 0 && ((lower.endsWith('ed') && !(index === 0 && afterDeterminer)) || (index > 0 && !afterModifier && lower.endsWith('ing')))) return true;
  return false;
}
