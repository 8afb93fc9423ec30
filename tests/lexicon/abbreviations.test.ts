// Abbreviations whose period ends no sentence (src/lexicon/abbreviations.ts): the sets built from the state, date and
// time-zone lists, and what the sentence splitter does with them. Texts are invented.
import { describe, expect, it } from 'vitest';
import { CLOCK_CONTINUATIONS, MID_ABBREVIATIONS, NUMBER_REFERENCES, PLURAL_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../../src/lexicon/abbreviations.js';
import { segment } from '../../src/analysis/segment/index.js';

const sentences = (text: string): string[] => segment({ id: 't', text }).sentences.map((s) => text.slice(s.start, s.end));

describe('abbreviations: the built sets', () => {
  it.each<[string, ReadonlySet<string>, string, boolean]>([
    // single-word states join the mid-sentence list; dotted ones are read by their inner period
    ['MID', MID_ABBREVIATIONS, 'calif', true],
    ['MID', MID_ABBREVIATIONS, 'n.y', false],
    ['MID', MID_ABBREVIATIONS, 'sept', true],
    // a month is no title
    ['TITLE', TITLE_ABBREVIATIONS, 'jan', false],
    ['TITLE', TITLE_ABBREVIATIONS, 'sgt', true],
    ['PLURAL_TITLE', PLURAL_TITLE_ABBREVIATIONS, 'drs', true],
    ['NUMBER_REFERENCES', NUMBER_REFERENCES, 'vol', true],
    // what goes on after a clock time: weekdays, months and time zones, all lower case
    ['CLOCK', CLOCK_CONTINUATIONS, 'friday', true],
    ['CLOCK', CLOCK_CONTINUATIONS, 'jan', true],
    ['CLOCK', CLOCK_CONTINUATIONS, 'et', true],
    ['CLOCK', CLOCK_CONTINUATIONS, 'ET', false],
    ['CLOCK', CLOCK_CONTINUATIONS, 'tickets', false],
  ])('%s has %s -> %s', (_, set, word, want) => expect(set.has(word)).toBe(want));
});

describe('abbreviations: the sentences they leave whole', () => {
  it.each<[string, string[]]>([
    ['Sen. Ivo Tarn voted. Then he left.', ['Sen. Ivo Tarn voted.', 'Then he left.']],
    ['Drs. Roe and Lind spoke.', ['Drs. Roe and Lind spoke.']],
    ['The fair in Calif. drew crowds.', ['The fair in Calif. drew crowds.']],
    ['They met on Jan. 5 at noon.', ['They met on Jan. 5 at noon.']],
    // a number reference only before a digit
    ['It was item No. 5 on the list.', ['It was item No. 5 on the list.']],
    ['She answered no. Tarn left.', ['She answered no.', 'Tarn left.']],
    // a clock time goes on with a weekday or a zone, and ends before any other capitalised word
    ['Doors open at 8 p.m. Friday in the hall.', ['Doors open at 8 p.m. Friday in the hall.']],
    ['Doors open at 8 p.m. ET in the hall.', ['Doors open at 8 p.m. ET in the hall.']],
    ['Doors open at 8 p.m. Tickets are free.', ['Doors open at 8 p.m.', 'Tickets are free.']],
    // a plural title in lower case is a word that may end a sentence
    ['She met the sales reps. Then they left.', ['She met the sales reps.', 'Then they left.']],
  ])('%s', (text, want) => expect(sentences(text)).toEqual(want));
});
