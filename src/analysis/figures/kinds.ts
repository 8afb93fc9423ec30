// Step 3: numbers that are not quantities. A four-digit number in a date-like place is a year;
// a number after a capitalised name ("Section 427", "Boeing 737"), glued to letters ("G7",
// "F-16", "COVID-19") or inside a phone number is an identifier (kind 'other'); "no one" and
// "the one" are pronouns and are dropped (pronoun-one.ts); phone numbers are found in phones.ts, class labels
// ("type 2", "stage 4") in class-labels.ts.
import type { Candidate } from './candidate.js';
import { QUALIFIER_BEFORE } from '../../lexicon/qualifiers.js';
import { ordinalWordUse } from './ordinals.js';
import { pronounOne } from './pronoun-one.js';
import { numberInName } from './number-names.js';
import { GROUP_NOUNS } from '../../lexicon/groups.js';
import { classLabel } from './class-labels.js';
import { ageInApposition } from './age-apposition.js';
import { SEASONS } from '../../lexicon/time-words.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/weekdays.js';
import { GENDERED_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { TIME_ZONE_ABBREVIATIONS } from '../../lexicon/time-zones.js';

// prepositions and words that put a year after them ("in 2019", "since 1998", "fiscal 2020", "spring 2021")
const YEAR_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:in|since|by|until|till|from|to|of|during|before|after|early|late|mid|year|years|fiscal|fy|circa|c\.|between|through|and|or|${SEASONS}|election|season|class|vintage|model)[ \t-]{1,2}$`, 'iu');
// plurals with no -s: of people (a headcount, below), and of animals and craft
const PEOPLE_PLURALS = ['people', 'children', 'men', 'women', 'staff', 'police', 'personnel'];
const IRREGULAR_PLURALS = [...PEOPLE_PLURALS, 'cattle', 'sheep', 'fish', 'livestock', 'aircraft'];
// a word right after the number that shows it counts things ("1500 troops"), and the plurals with no -s
// ("2000 people", "1200 staff": not a possessive, "the 1990 women's final" is a year)
const COUNTED_AFTER = new RegExp(String.raw`^[ \t]+(?:(?!(?:is|was|has|as|its|this|us|his|plus|less|press|across|thus|news|status|series|ms)\b)[a-z]{2,20}s|(?:${IRREGULAR_PLURALS.join('|')})(?![\p{L}'’]))(?![\p{L}])`, 'u');
// people right after a number ("the 2000 workers"): the plural that opens `after`, if any
const FIRST_WORD = /^[ \t]+(\p{Ll}{2,20})(?![\p{L}'’])/u;
const IRREGULAR_PEOPLE: ReadonlySet<string> = new Set(PEOPLE_PLURALS);
// a stock index's name and number ("the Russell 2000 index", "the Stoxx 1800 average"): an identifier, no year
const INDEX_AFTER = /^[ \t]+(?:index|indexes|indices|average|benchmark|composite)(?![\p{L}])/iu;
// words a number may follow with a hyphen and still be a quantity ("mid-30", "about-50" is rare)
const HYPHEN_WORDS = /(?:^|[^\p{L}])(?:about|some|over|under|around|nearly|to|than|from|and|or|mid|top|bottom|pre|post)[-‐‑]$/iu;
// capitalised words that may stand before a quantity without naming a thing ("About 500", "Only 3")
const NOT_A_NAME = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'Of', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With', 'Than', 'Since',
  'All', 'Another', 'Those', 'These', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Some', 'About', 'Over',
  'More', 'Less', 'Nearly', 'Almost', 'Only', 'Just', 'Around', 'Roughly', 'Approximately', 'Under', 'Below',
  'Above', 'Until', 'Up', 'Down', 'Top', 'Last', 'Next', 'First', 'Between', 'Each', 'Every', 'Estimated',
  'Even', 'Still', 'Then', 'When', 'While', 'After', 'Before', 'During', 'Within',
  'Fewer', 'Least', 'Most', 'Exactly', 'Total', 'Totalling', 'Totaling', 'Rose', 'Fell',
  'I', 'We', 'They', 'He', 'She', 'It', 'You', 'That', 'This', 'Which', 'Who', 'What', 'Where', 'Why', 'How',
  ...MONTHS.split('|'), ...WEEKDAYS.split('|'), 'Near', 'Page',
  ...Object.keys(QUALIFIER_BEFORE).filter((w) => !w.includes(' ')).map((w) => w[0]!.toUpperCase() + w.slice(1)),
]);
// glued to letters or a number sign: "G7", "MH17", "#3", "No. 5"; a word and a hyphen: "F-16", "COVID-19"
const GLUED_MARK = /(?:\p{Lu}|#|No\.[ \t]?)$/u;
const GLUED_WORD = /(?:^|[^\p{L}\p{N}])\p{L}+[-‐‑]$/u;
/** Whether GLUED_MARK can end at a character with this code: a capital A-Z, "#", ".", a blank, or any non-ASCII one (the pattern decides). */
function maybeGluedMark(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 35 || code === 46 || code === 32 || code === 9 || code > 127;
}
const LIST_BEFORE = /(?:^|\n[ \t]*|[.!?][ \t]+)$/;
const TIME_ZONE_AFTER = new RegExp(String.raw`^[ \t]?(?:${alternation([...TIME_ZONE_ABBREVIATIONS, 'hrs', 'hours'])})(?![\p{L}])`, 'u');
const NAME_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}.]{0,20})[ \t\u00a0]$/u;
// "the 1988 primaries", "his 2015 returns": a possessive or "the" before a number in the years' range
// makes it a year even before a plural (counts that large are written "1,992"); 1900-2039 only
const DETERMINER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(['the', ...POSSESSIVE_DETERMINERS, 'this', 'that'])})[ \t]+$`, 'iu');
// "all for naught", "came to nought": an idiom, not zero of anything
const NAUGHT_IDIOM = /(?:^|[^\p{L}])(?:for|to)[ \t]+$/iu;
// "She was 88.", "he is 41,": a person's age
const PERSON_IS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(GENDERED_SUBJECT_PRONOUNS)})[ \t]+(?:was|is|turned|turns|will[ \t]+be)[ \t]+$`, 'iu');
// after a person's name a number is a tally only where a tally goes on or ends ("Ana Ruiz 384 and Bo
// Lee 300", "Ruiz 384, Lee 300", "Ruiz 384 votes"); before any other word the "name" is a product or
// an index ("Nikkei 225 average", "Stoxx 50 was flat"): a name that looks like a surname
const PERSON_TALLY_AFTER = /^(?:[ \t]*(?:[,;.:)]|$)|[ \t]+(?:and|to|vs?\.?|versus|against|votes?|points?|delegates?|seats?|percent|per[ \t]cent)(?![\p{L}])|[ \t]*%)/iu;
const CALL_BEFORE = /(?:^|[^\p{L}])(?:call|dial|ring|phone|text)[ \t]+$/iu;
// a comma after "Name 212" makes a tally only where another name and number follow ("Ruiz 512, Lee 470",
// "Town 2, Rovers 1"); otherwise the number belongs to the name ("a Corvan 737, was", "Local 1447, said", "Clause 17, as")
const TALLY_NEXT = /^,[ \t]+(?:and[ \t]+)?(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,4}\d/u;
// ... and the tally's last pair, after a number, a comma and a name ("Kestrel City 3, Tarn Rovers 1.")
const TALLY_PREV = /\d,[ \t]+(?:and[ \t]+)?(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,4}$/u;

/**
 * "the 2000 workers", "its 1900 staff": a round hundred before people is a headcount (a year before people, "the
 * 2016 candidates", is rarely a round one; "the 1988 primaries" counts no people and stays a year).
 */
function headcount(y: number, after: string): boolean {
  if (y % 100 !== 0) return false;
  const w = FIRST_WORD.exec(after)?.[1];
  return w !== undefined && (GROUP_NOUNS.has(w) || IRREGULAR_PEOPLE.has(w));
}

export function classify(text: string, c: Candidate, personEnds: ReadonlySet<number> = new Set()): Candidate | null {
  if (c.kind === 'count' && c.words && c.value === 1 && pronounOne(text, c)) return null;
  // "at first", "she first reported", "First Republic": an adverb is dropped, a name is an identifier
  const ordinal = ordinalWordUse(text, c);
  if (ordinal === 'adverb') return null;
  if (ordinal === 'name') return Object.assign(c, { kind: 'other' as const, rule: 'ordinal-name' });
  if (c.kind === 'count' && c.words && c.value === 0 && /^n[ao]ught$/i.test(text.slice(c.start, c.end)) && NAUGHT_IDIOM.test(text.slice(Math.max(0, c.start - 8), c.start))) return null;
  // "type 2 diabetes", "a stage four tumour", "phase 3 trials": the number names a class and counts nothing
  if (c.kind === 'count' && classLabel(text, c.start)) return Object.assign(c, { kind: 'other' as const, rule: 'identifier-label' });
  // "League One club", "Formula One driver": a number word inside a name
  if (c.kind === 'count' && c.words && numberInName(text, c)) return Object.assign(c, { kind: 'other' as const, rule: 'identifier-name' });
  if (c.kind !== 'count' || c.words) return c;
  // "Ana Ruiz, 45, said", "The defendant, 34, was jailed": an age in apposition (age-apposition.ts)
  if (c.plainDigits && c.value !== null && c.value > 0 && c.value < 120 && ageInApposition(text, c.start, c.end)) {
    return Object.assign(c, { kind: 'measure', unit: 'year', rule: 'age' });
  }
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  const after = text.slice(c.end, c.end + 24);
  // "Call 101", "dial 999": a short phone number, not a count
  if (c.plainDigits && CALL_BEFORE.test(before)) return Object.assign(c, { kind: 'other' as const, rule: 'phone' });
  // "She was 88.", "he is 41,": a person's age (obituaries, profiles)
  if (c.plainDigits && c.value !== null && c.value > 0 && c.value < 120 && PERSON_IS_BEFORE.test(before) && /^(?:[,;]|\.(?:\s|$)|$)/.test(after)) {
    return Object.assign(c, { kind: 'measure', unit: 'year', rule: 'age' });
  }
  // "9. APPLE BOOSTS ...": a list number opening a line or following a full stop
  if (c.plainDigits && c.value !== null && c.value <= 100 && LIST_BEFORE.test(text.slice(Math.max(0, c.start - 3), c.start)) && /^[.)][ \t]+\p{Lu}/u.test(after)) {
    return Object.assign(c, { kind: 'other', rule: 'list-number' });
  }
  // a long bare run of digits is a code (a tweet id, an account number), not a count
  if (c.plainDigits && c.end - c.start >= 13) return Object.assign(c, { kind: 'other', rule: 'identifier-long' });
  // glued to letters or a number sign: "G7", "MH17", "#3", "No. 5", "F-16", "COVID-19"
  // (both patterns end at the number: its last character before decides whether either is worth trying)
  const lastBefore = before.charCodeAt(before.length - 1);
  if (maybeGluedMark(lastBefore) && GLUED_MARK.test(before)) return Object.assign(c, { kind: 'other', rule: 'identifier-glued' });
  if ((lastBefore === 45 || lastBefore === 0x2010 || lastBefore === 0x2011) && GLUED_WORD.test(before) && !HYPHEN_WORDS.test(before)) return Object.assign(c, { kind: 'other', rule: 'identifier-glued' });
  // letters or a code glued after: "5G", "3D", "737-800"
  if (/^\p{L}/u.test(after) || /^[-‐‑]\d{3}/.test(after)) return Object.assign(c, { kind: 'other', rule: 'identifier-code' });
  if (c.plainDigits && c.value !== null && c.value >= 1000 && c.value <= 2199 && /^\d{4}$/.test(text.slice(c.start, c.end))) {
    const counted = COUNTED_AFTER.test(after);
    const y = c.value;
    // "by 2100", "until 2150": climate and debt projections run past this century (only after a year's preposition)
    if (y > 2099) return !counted && YEAR_BEFORE.test(before) ? Object.assign(c, { kind: 'year' as const, rule: 'year' }) : c;
    if (INDEX_AFTER.test(after) && NAME_BEFORE.test(before)) return Object.assign(c, { kind: 'other' as const, rule: 'identifier-name' });
    if (YEAR_BEFORE.test(before) || (!counted && y >= 1800 && y <= 2099) || (y >= 1900 && y <= 2039 && DETERMINER_BEFORE.test(before) && !headcount(y, after))) return Object.assign(c, { kind: 'year', rule: 'year' });
  }
  // clock times with a zone: "1750 GMT"
  if (c.plainDigits && TIME_ZONE_AFTER.test(after)) return Object.assign(c, { kind: 'date', value: null, rule: 'time' });
  const name = NAME_BEFORE.exec(before);
  // "Mendel 212, Ortiz 97" and "3-1" are tallies; "HUGE 5-Step Plan" is a headline in title case
  const tally = (personEnds.has(c.start - 1) && PERSON_TALLY_AFTER.test(after)) || TALLY_NEXT.test(after) || /^(?:[ \t]+to[ \t]+\d|[-–]\d)/.test(after) || /^[ \t-]+\p{Lu}/u.test(after)
    || (name !== null && TALLY_PREV.test(text.slice(Math.max(0, c.start - 80), c.start)));
  // ("The", "About", "Nearly" open a sentence; they name nothing: "About 2000 people came" is a count)
  const named = name && name[1] && !NOT_A_NAME.has(name[1].replace(/\.$/, '')) && !NOT_A_NAME.has(name[1][0] + name[1].slice(1).toLowerCase());
  if (named && c.plainDigits && c.value !== null && c.value >= 1900 && c.value <= 2099 && !tally) return Object.assign(c, { kind: 'year', rule: 'year' });
  if (named && !tally && c.plainDigits) {
    return Object.assign(c, { kind: 'other', rule: 'identifier-name' });
  }
  return c;
}
