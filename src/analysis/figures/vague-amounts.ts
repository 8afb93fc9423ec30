// Step 1b: amounts news gives without a number: "dozens of", "hundreds of thousands", "tens of millions of euros",
// "several hundred", "a few thousand", "a couple of dozen". A reader counts each as a figure (fact-checkers ask
// who vouches for "thousands were displaced" as for "3,000 were displaced"), so each is one, valued at the amount
// the words surely pass: "hundreds" is more than 100, "tens of thousands" more than 10,000, "several million" more
// than a million. The value is the floor and the qualifier `more-than` says so.
import { CURRENCY_WORDS } from '../../lexicon/currencies.js';
import { UNIT_WORDS } from '../../lexicon/unit-words.js';
import { GROUP_WORDS, SCALE_WORDS } from '../../lexicon/number-words.js';
import { scanned, type Candidate } from './candidate.js';

// the plural scale words and what one of them is worth ("scores" are twenties)
const PLURAL_SCALES: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};
// what one of the singular scale words VAGUE names is worth (lexicon/number-words.ts)
const singularScale = (w: string): number => SCALE_WORDS[w] ?? GROUP_WORDS[w]!;

// "tens of thousands", "hundreds of millions", "dozens of thousands" (the first multiplies the second), or one plural;
// "several hundred", "a few thousand", "a couple (of) hundred", "several hundred thousand"
const VAGUE = /\b(?:(?:(tens|dozens|hundreds)[ \t]+of[ \t]+)?(dozens|scores|hundreds|thousands|millions|billions|trillions)|(several|a[ \t]+few|a[ \t]+couple(?:[ \t]+of)?)[ \t]+(dozen|hundred|thousand|million|billion|trillion)(?:[ \t]+(thousand|million|billion))?)\b/giy;
const START = /\b(?:tens|dozens|scores|hundreds|thousands|millions|billions|trillions|several|a[ \t]+few|a[ \t]+couple)\b/gi;
// "scores" is a plural noun too ("test scores of 80"): only "scores of" after a clause start or a short function word
const SCORES_BEFORE = /(?:^|[.;:!?—–(“"‘]\s*|(?:^|[^\p{L}])(?:and|or|with|by|to|for|among|from|of|as|that|while|where|when|killed|injured|wounded|arrested|hurt)[ \t]+)$/iu;
// a number right before: "5 thousands", "two dozens" are counted, not vague
const NUMBER_BEFORE = /(?:\p{N}|(?:^|[^\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[ \t]*$/iu;
// a currency named after: "millions of dollars", "several hundred euros"
const CURRENCY_AFTER = /^[ \t]+(?:of[ \t]+)?((?:u\.s\.|us|canadian|australian|hong[ \t]kong)[ \t]+dollars|\p{L}+)(?![\p{L}])/iu;

// a unit after "of": "thousands of years", "hundreds of kilometres"
const UNIT_AFTER = /^[ \t]+of[ \t]+(\p{L}+)(?![\p{L}-])/iu;

const word = (w: string | undefined): string => (w ?? '').toLowerCase();

/** Every vague amount in `text`, in text order. */
export function vagueAmounts(text: string): Candidate[] {
  const out: Candidate[] = [];
  START.lastIndex = 0;
  for (let s = START.exec(text); s; s = START.exec(text)) {
    VAGUE.lastIndex = s.index;
    const m = VAGUE.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    let value: number;
    if (m[2] !== undefined) {
      const plural = word(m[2]);
      if (NUMBER_BEFORE.test(before)) continue;
      if (plural === 'scores' && (m[1] !== undefined || !/^[ \t]+of[ \t]/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || !SCORES_BEFORE.test(before))) continue;
      // "tens of" needs thousands or more after it ("tens of dozens" is no way to count)
      const multiplier = m[1] !== undefined ? (word(m[1]) === 'tens' ? 10 : PLURAL_SCALES[word(m[1])]!) : 1;
      if (m[1] !== undefined && PLURAL_SCALES[plural]! < 1e3) continue;
      value = multiplier * PLURAL_SCALES[plural]!;
    } else {
      value = singularScale(word(m[4])) * (m[5] !== undefined ? singularScale(word(m[5])) : 1);
    }
    let end = m.index + m[0].length;
    const c = scanned(m.index, end, value, 'vague-amount');
    c.qualifier = 'more-than';
    c.words = true;
    const cur = CURRENCY_AFTER.exec(text.slice(end, end + 30));
    const iso = cur?.[1] ? CURRENCY_WORDS[word(cur[1]).replace(/[ \t]+/g, ' ')] : undefined;
    // (only plural names: "millions of dollars", not "a few hundred dollar bills" read as money)
    if (cur && iso && /s$/i.test(cur[1]!) && iso !== 'cent') {
      end += cur[0].length;
      c.end = end;
      c.kind = 'money';
      c.unit = iso;
    }
    // a unit of measure after "of", as a number's ("thousands of years ago", "hundreds of miles" are measures, as
    // "3,000 years" and "200 miles" are; only a plural unit word: "dozens of pound notes" is a count of notes)
    const measure = c.kind === 'money' ? null : UNIT_AFTER.exec(text.slice(end, end + 30));
    const unit = measure ? UNIT_WORDS[word(measure[1])] : undefined;
    if (measure && unit && /s$/i.test(measure[1]!)) {
      end += measure[0].length;
      c.end = end;
      c.kind = 'measure';
      c.unit = unit.unit;
    }
    out.push(c);
    START.lastIndex = end;
  }
  return out;
}
