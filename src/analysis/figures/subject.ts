// Step 6: the subject of a figure, what it counts or measures: a short noun phrase right after
// it ("some 6,500 dairy farmers are ..." -> "dairy farmers") or after its "of"
// ("5% of voters"). Words are checked against compromise's lexicon as data (no parse), so the
// phrase stops at the first verb, preposition, pronoun or adverb.
import nlp from 'compromise';
import type { Candidate } from './candidate.js';
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';
import { NOT_LAST_WORDS as NOT_LAST, POINTING_WORDS as POINTING, SUBJECT_STOP_WORDS as STOP_WORDS } from '../../lexicon/subject-words.js';

// another number starts another figure ("61% four years ago")
const NUMBER_WORDS = new Set([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)]);
// "$5 million in aid" names what the money is for; "$42 in early trading" does not
const NOT_AFTER_IN = new Set(['Adjective', 'Date', 'Month', 'WeekDay', 'Determiner', 'Possessive', 'Pronoun', 'Place', 'Country', 'City']);

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const STOP_TAGS = new Set([
  'Copula', 'PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Auxiliary', 'Preposition', 'Conjunction',
  'Determiner', 'Pronoun', 'QuestionWord', 'Adverb', 'Negative', 'Gerund', 'Possessive', 'Comparative', 'Condition',
]);
// tags that end the phrase even on a capitalised word: "the best one I know", "two If ..." (a name never carries them)
const ALWAYS_STOP_TAGS = new Set(['Pronoun', 'Condition', 'Conjunction']);
const NOUN_LIKE_FIRST = new Set(['PresentTense', 'Infinitive', 'Gerund']);
const WORD = /^[ \t\u00a0]{1,3}(\p{L}[\p{L}'’.-]{0,30})/u;
const MAX_WORDS = 5;
// a plural noun ends the phrase ("people live there"); words in -ous, -us, -is, -ss are no plurals
// ("nine ridiculous things", "the campus", "a crisis")
const PLURAL_HEAD = /^(?:people|children|men|women|[\p{Ll}]{2,}[^s\W]s)$/u;
const NOT_PLURAL_END = /(?:us|is|ss)$/;
// capitalised plurals that name groups of people ("Americans", "Democrats", "Iowans", "Baptists"):
// the phrase ends there too ("37 percent of Americans say ..."); surnames in -s ("Sanders") are not caught
const GROUP_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ats|ists|ites|ents)$/u;
// "U.S.", "U.K.": an abbreviation's last dot ends no phrase
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;
// a determiner or a possessive before the figure makes it a modifier ("a 5% annual return", "the board's 15 percent threshold")
const DETERMINER_BEFORE = /(?:(?:^|[^\p{L}])(?:a|an|the|its|their|his|her|our|this|that)|\p{L}['’]s?)[ \t]+$/iu;

/** An -ing word at the end of a phrase is the verb of a reduced clause ("the 1,237 threshold heading into ..."). */
function trailingVerb(word: string): boolean {
  const tags = tagsOf(word);
  // ("one campaign tied to ...", "29 residents hurt": a participle in -ed closes it the same way)
  if (/^\p{Ll}+ed$/u.test(word)) return true;
  if (!/^\p{Ll}+ing$/u.test(word)) return false;
  return tags.length === 0 || tags.includes('Gerund');
}

// "4 in 10 say they ...", "30% want the ...": a bare verb then a pronoun, determiner or name is the clause's verb
const CLAUSE_NEXT = /^[ \t]+(?:(?:they|we|he|she|it|the|a|an|that|this|their|his|her|its)(?![\p{L}])|\p{Lu})/u;
function clauseVerb(word: string, after: string): boolean {
  return tagsOf(word).includes('Infinitive') && CLAUSE_NEXT.test(after);
}

function pluralHead(word: string): boolean {
  if (PLURAL_HEAD.test(word)) return !NOT_PLURAL_END.test(word);
  // lower-case words the lexicon calls plural may still modify ("police officers"); capitalised ones head the phrase
  return GROUP_PLURAL.test(word) || (/^\p{Lu}/u.test(word) && tagsOf(word).includes('Plural'));
}

export function tagsOf(word: string): string[] {
  const key = word.toLowerCase();
  const t = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

function stops(word: string, index: number, prev = '', afterDeterminer = false): boolean {
  const lower = word.toLowerCase();
  if (lower === 'of' || lower === 'a' || lower === 'the' || STOP_WORDS.has(lower) || NUMBER_WORDS.has(lower)) return true;
  const capital = /^\p{Lu}/u.test(word);
  // right after a number a noun is far likelier than a verb: "1,500 shares", "300 fishing boats"
  // and a word in -s after a number is a plural noun ("900 fishing boats"), not a verb ("is" and "has" are listed)
  // after a modifier ("the rural vote", "jobless claims") a verb-looking word is the head noun
  const prevTags = prev === '' ? [] : tagsOf(prev);
  // a singular noun before a verb-looking word makes a compound ("two hedge fund managers", "a tax cut")
  const afterModifier = prev !== '' && (/^\p{Lu}/u.test(prev) || prevTags.some((t) => t === 'Adjective' || t === 'Demonym' || t === 'Singular')
    || (prevTags.length === 0 && !/(?:ed|ing|ly|s)$/.test(prev)));
  const tags = tagsOf(word).filter((t) => ((index > 0 && !afterModifier) || !NOUN_LIKE_FIRST.has(t)) && !(t === 'PresentTense' && /s$/.test(lower))
    && !(t === 'PastTense' && index === 0 && afterDeterminer));
  if (!capital && tags.some((t) => STOP_TAGS.has(t))) return true;
  if (capital && tags.some((t) => ALWAYS_STOP_TAGS.has(t))) return true;
  if (!capital && tags.length === 0 && /(?:ly)$/.test(lower)) return true;
  // an unknown word in -ed or -ing is a verb more often than an adjective ("the two taped a show");
  // after a modifier an -ing word is part of a compound ("four state polling stations")
  // (right after "the" it is the noun's adjective: "30 percent of the merged firm")
  if (!capital && tags.length === 0 && ((/ed$/.test(lower) && !(index === 0 && afterDeterminer)) || (index > 0 && !afterModifier && /ing$/.test(lower)))) return true;
  return false;
}

/** The noun phrase after the figure; `previous` is used for "8,000 of them" (the last subject named). */
export function subjectOf(text: string, c: Candidate, previous: string | null): string | null {
  let pos = c.end;
  const window = (p: number): string => text.slice(p, p + 40);
  let first = WORD.exec(window(pos));
  let determiner = false;
  // "5% of voters", "$5 million in aid", "8,000 of them"
  if (first && first[1] && (first[1].toLowerCase() === 'of' || (c.kind === 'money' && first[1].toLowerCase() === 'in'))) {
    const afterIn = first[1].toLowerCase() === 'in';
    pos += first[0].length;
    first = WORD.exec(window(pos));
    if (first && first[1] && /^(?:the|its|their|his|her|our|all|those|these)$/i.test(first[1]) && !POINTING.has(first[1].toLowerCase())) {
      determiner = true;
      pos += first[0].length;
      first = WORD.exec(window(pos));
    }
    if (first && first[1] && POINTING.has(first[1].toLowerCase())) return previous;
    if (first && first[1] && afterIn && (tagsOf(first[1]).some((t) => NOT_AFTER_IN.has(t)) || /^\p{Lu}/u.test(first[1]))) return null;
  }
  const words: string[] = [];
  // a percentage not used as a modifier is followed by its clause's verb ("10 percent selected X"), not a noun in -ed
  const verbNext = c.kind === 'percent' && pos === c.end && !DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start));
  while (first && first[1] && words.length < MAX_WORDS) {
    const abbreviation = ABBREVIATION.test(first[1]);
    const w = abbreviation ? first[1] : first[1].replace(/[.’']+$/, '');
    if (stops(w, words.length, words[words.length - 1], determiner)) break;
    if (verbNext && words.length === 0 && (/(?:ed|ing)$/i.test(w) || (w === first[1] && clauseVerb(w, text.slice(pos + first[0].length, pos + first[0].length + 24))))) break;
    words.push(w);
    pos += first[0].length;
    // a comma, a full stop or a bracket ends the phrase; so does a plural head noun ("people live there")
    if (!abbreviation && /[.’']$/.test(first[1])) break;
    if (pluralHead(w)) break;
    first = WORD.exec(window(pos));
  }
  // "five days left", "300 polling": a word that cannot end the phrase is dropped from its end
  while (words.length > 0 && (NOT_LAST.has(words[words.length - 1]!.toLowerCase()) || (words.length > 1 && trailingVerb(words[words.length - 1]!)))) words.pop();
  return words.length > 0 ? words.join(' ') : subjectBefore(text, c);
}

// "Unemployment stood at 4.1%", "Turnout was 67%", "the jobless rate of 5%": a level named before it
const LEVEL_VERB = /((?:[\p{L}][\p{L}'’-]*[ \t]+){1,3})(?:stood[ \t]+at|was|were|is|are|rose[ \t]+to|fell[ \t]+to|climbed[ \t]+to|dropped[ \t]+to|eased[ \t]+to|reached|hit|totaled|totalled|of)[ \t]+$/u;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that)$/i;

/** For percentages, amounts and measures with nothing after them: the noun phrase before their verb. */
function subjectBefore(text: string, c: Candidate): string | null {
  if (c.kind !== 'percent' && c.kind !== 'money' && c.kind !== 'measure') return null;
  const m = LEVEL_VERB.exec(text.slice(Math.max(0, c.start - 48), c.start));
  if (!m || !m[1]) return null;
  const words = m[1].trim().split(/[ \t]+/);
  // keep the words after the last determiner, and only nouns and adjectives
  let from = 0;
  // and after the last verb ("the firm delivered margin expansion of", "the report shows revenue of")
  words.forEach((w, i) => { if (DETERMINER.test(w) || (i < words.length - 1 && verbBefore(w))) from = i + 1; });
  const phrase = words.slice(from);
  // the head sits before a verb of level, so it is a noun even when the lexicon also lists a verb ("rate")
  if (phrase.length === 0 || phrase.some((w, i) => STOP_WORDS.has(w.toLowerCase()) || NUMBER_WORDS.has(w.toLowerCase()) || tagsOf(w).some((t) => FUNCTION_TAGS.has(t)) || (i === phrase.length - 1 && tagsOf(w).some((t) => ADJECTIVE_ONLY.has(t))))) return null;
  return phrase.join(' ');
}

/** A verb inside the words before a level: a past or present tense, an unknown -ed, or an -s word before the head. */
function verbBefore(w: string): boolean {
  const tags = tagsOf(w);
  return tags.includes('PastTense') || tags.includes('PresentTense') || (tags.length === 0 && /\p{Ll}ed$/u.test(w)) || /^\p{Ll}+[^siu\W]s$/u.test(w);
}

const ADJECTIVE_ONLY = new Set(['Adjective', 'Comparative', 'Superlative']);
const FUNCTION_TAGS = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord', 'Adverb', 'Possessive']);
