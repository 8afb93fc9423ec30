// Step 6: the subject of a figure, what it counts or measures: a short noun phrase right after
// it ("some 6,500 dairy farmers are ..." -> "dairy farmers") or after its "of"
// ("5% of voters"). Words are checked against compromise's lexicon as data (no parse), so the
// phrase stops at the first verb, preposition, pronoun or adverb (subject-stops.ts).
import type { Candidate } from './candidate.js';
import { tagsOf } from './word-tags.js';
import { bareVerbWithObject, clauseVerb, pluralHead, stops, trailingVerb } from './subject-stops.js';
import { subjectBefore } from './subject-before.js';
import { namesNoSubject } from './subject-degree.js';
import { wholeBefore } from './subject-whole.js';
import { pastWholeNumber, unitBeforeOf } from './subject-of.js';
import { SPENDING_VERBS } from '../../lexicon/subject-verbs.js';
import { NOT_LAST_WORDS as NOT_LAST, PEOPLE_ADJECTIVES, PERIOD_WORDS, POINTING_WORDS as POINTING, VERB_PARTICLES, WHEN_AFTER_IN } from '../../lexicon/subject-words.js';

// "$5 million in aid" names what the money is for; "$42 in early trading" does not
const NOT_AFTER_IN = new Set(['Adjective', 'Date', 'Month', 'WeekDay', 'Determiner', 'Possessive', 'Pronoun', 'Place', 'Country', 'City']);

// a word starts with a letter and may carry digits, so a designation stays whole ("300 F-35 jets", "a 12-year-old Embraer E175")
const WORD = /^[ \t\u00a0]{1,3}(\p{L}[\p{L}\p{N}'’.-]{0,30})/u;
const MAX_WORDS = 5;
// "U.S.", "U.K.": an abbreviation's last dot ends no phrase
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;
// a determiner or a possessive before the figure makes it a modifier ("a 5% annual return", "the board's 12 percent threshold")
// ("that" is left out: "said that 40 percent voted" is far commoner than "that 40 percent rise")
const DETERMINER_BEFORE = /(?:(?:^|[^\p{L}])(?:a|an|the|its|their|his|her|our|this)|\p{L}['’]s?)[ \t]+$/iu;
// a noun's "of" right before the figure, and the object of the verb after it: a determiner or a possessive (not "a" or
// "this": "an average of 3 goals a game", "a rise of 4% this year" say how often and when)
const OF_BEFORE = /(?:^|[^\p{L}])of[ \t]+$/u;
const OBJECT_NEXT = /^[ \t]+(?:the|its|their|his|her|our)[ \t]/iu;

/** The noun phrase after the figure; `previous` is used for "8,000 of them" (the last subject named). */
export function subjectOf(text: string, c: Candidate, previous: string | null): string | null {
  let pos = c.end;
  const window = (p: number): string => text.slice(p, p + 40);
  let first = WORD.exec(window(pos));
  // "The population of 8.9 million is growing": the whole a count gives the size of (subject-whole.ts)
  const whole = c.kind === 'count' ? wholeBefore(text, c.start, first?.[1], first ? window(pos + first[0].length) : '') : null;
  if (whole) return whole;
  let determiner = false;
  // "5% of voters", "$5 million in aid", "8,000 of them"; "spent £2m on buses" (money "on" what a verb of spending buys)
  let via = first && first[1] ? first[1].toLowerCase() : '';
  // "6,000 head of cattle", "£9m worth of damage": what is counted follows the unit word's "of" (subject-of.ts)
  const headOf = unitBeforeOf(via, c.kind) ? WORD.exec(window(pos + first![0].length)) : null;
  if (headOf && headOf[1]?.toLowerCase() === 'of') { pos += first![0].length; first = headOf; via = 'of'; }
  const afterIn = c.kind === 'money' && (via === 'in' || (via === 'on' && SPENT_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))));
  if (first && (via === 'of' || afterIn)) {
    pos += first[0].length;
    first = WORD.exec(window(pos));
    if (first && first[1] && /^(?:the|its|their|his|her|our|all|those|these)$/i.test(first[1]) && !POINTING.has(first[1].toLowerCase())) {
      // after a rate "in the" says where, not what it is for ("$9,000 per acre in the valley"; "in dividends" keeps it)
      if (via === 'in' && c.unit?.includes('/') === true && first[1].toLowerCase() === 'the') return subjectBefore(text, c);
      determiner = true;
      pos += first[0].length;
      // "Half of the 400 staff", "two of their last five games": the whole's number is no part of what is counted
      pos += pastWholeNumber(window(pos));
      first = WORD.exec(window(pos));
    }
    if (first && first[1] && POINTING.has(first[1].toLowerCase())) return previous;
    // (an adjective after "in" is a time's, "in early trading"; after "on" the purchase's, "on new ferries")
    if (first && first[1] && afterIn && (tagsOf(first[1]).some((t) => NOT_AFTER_IN.has(t) && (via === 'in' || t !== 'Adjective')) || /^\p{Lu}/u.test(first[1]) || WHEN_AFTER_IN.has(first[1].toLowerCase()))) return subjectBefore(text, c);
  }
  // "Gusts of 70mph hit the coast", "Losses of 12% wiped out the gain": after a noun's "of", a word then "the" or a
  // possessive is the clause's verb with its object, whatever its tags ("hit", "cut" are nouns too); not after a count,
  // whose noun may open a relative clause ("one of 12 players the club signed")
  if (pos === c.end && c.kind !== 'count' && first && first[1] && OF_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start))
    && /^\p{Ll}+$/u.test(first[1]) && OBJECT_NEXT.test(window(pos + first[0].length))) return subjectBefore(text, c);
  const words: string[] = [];
  // a percentage not used as a modifier is followed by its clause's verb ("12 percent picked X"), not a noun in -ed
  const verbNext = c.kind === 'percent' && pos === c.end && !DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start));
  while (first && first[1] && words.length < MAX_WORDS) {
    const abbreviation = ABBREVIATION.test(first[1]);
    const w = abbreviation ? first[1] : first[1].replace(/[.’']+$/, '');
    // ("14 injured", "six killed": after a count the word names the people counted, whatever its tags)
    const people = words.length === 0 && c.kind === 'count' && PEOPLE_ADJECTIVES.has(w.toLowerCase());
    if (!people && stops(w, words.length, words[words.length - 1], determiner)) break;
    if (verbNext && words.length === 0 && (/(?:ed|ing)$/i.test(w) || (w === first[1] && clauseVerb(w, text.slice(pos + first[0].length, pos + first[0].length + 24))))) break;
    // "a magnitude 5.4 quake hit the coast": a past like its bare form ("hit", "cut") after the noun, with an object
    // after it, is the clause's verb (right after the figure it is the noun: "a 2% cut the board ...")
    if (words.length > 0 && w === first[1] && bareVerbWithObject(w, window(pos + first[0].length))) break;
    words.push(w);
    pos += first[0].length;
    // a comma, a full stop or a bracket ends the phrase; so does a plural head noun ("people live there")
    if (!abbreviation && /[.’']$/.test(first[1])) break;
    if (pluralHead(w)) break;
    first = WORD.exec(window(pos));
  }
  const read = words.length;
  const people = read === 1 && c.kind === 'count' && PEOPLE_ADJECTIVES.has(words[0]!.toLowerCase());
  // "$40 million in the fiscal year", "$2bn in the first half": a period after "in" says when, not what the money is for
  if (afterIn && read > 0 && PERIOD_WORDS.has(words[read - 1]!.toLowerCase())) return subjectBefore(text, c);
  // "five days left", "300 polling": a word that cannot end the phrase is dropped from its end
  while (words.length > 0 && (NOT_LAST.has(words[words.length - 1]!.toLowerCase()) || (words.length > 1 && trailingVerb(words[words.length - 1]!)))) words.pop();
  // "Dozens turned out": one word in -ed before a verb's particle is the verb
  if (read === 1 && words.length === 1 && !people && /^\p{Ll}+ed$/u.test(words[0]!) && VERB_PARTICLES.has(WORD.exec(window(pos))?.[1]?.toLowerCase().replace(/[.’']+$/, '') ?? '')) words.pop();
  // "90 percent complete", "91 percent effective": one adjective alone names nothing counted (subject-degree.ts)
  if (read === 1 && words.length === 1 && !people && namesNoSubject(words[0]!, text, pos, verbNext)) words.pop();
  return words.length > 0 ? words.join(' ') : subjectBefore(text, c);
}

const SPENT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${SPENDING_VERBS.join('|')})[ \t]+(?:(?:an|a)[ \t]+(?:extra|further|additional)[ \t]+)?$`, 'iu');
