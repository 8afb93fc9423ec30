// Hostile texts of any size, built to trip a text analyser: no sentence end for megabytes,
// thousands of unbalanced quotation marks, enormous numbers, deep nesting, endless capitalised
// words or speech verbs, binary junk. Plain JavaScript so that both the vitest fuzz tests and
// the timing script (node, against dist/) use the same inputs. Deterministic: same size, same text.
import { prng } from '../../bench/generate.js';

/** Every quotation mark a news text may use. */
export const QUOTE_MARKS = ['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a',
  '\u300c', '\u300d', '\u300e', '\u300f', '\u301d', '\u301e', '\uff02', '\u201f', '\u201b', '`'];

// A small deterministic PRNG (the bench's mulberry32): fuzz inputs must be the same on every run.
const rng = prng;

/** `unit` repeated until the text reaches `size` characters (cut at exactly `size`). */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Pieces picked at random (seeded) until `size` characters. */
function mix(pieces, size, seed) {
  const next = rng(seed);
  const out = [];
  let n = 0;
  while (n < size) {
    const p = pieces[Math.floor(next() * pieces.length)];
    out.push(p);
    n += p.length;
  }
  return out.join('').slice(0, size);
}

/** name -> (size in characters) -> text. */
export const HOSTILE = {
  'no sentence end': (size) => fill('the minister and officials who said that the troops would not leave the region and ', size),
  'no sentence end, one line of commas': (size) => fill('Officials, analysts, the minister, ', size),
  'unbalanced quotes, every mark': (size) => mix(QUOTE_MARKS.map((m) => `${m}word `), size, 1),
  'unbalanced quotes, only openers': (size) => fill('\u201cHe said ', size),
  'unbalanced quotes, only straight': (size) => fill('"a ', size),
  'quotes without spaces': (size) => mix(QUOTE_MARKS, size, 2),
  'open quote paragraphs (news convention)': (size) => fill('\u201cThe war will go on, the minister said of the troops.\n\n', size),
  'enormous numbers': (size) => mix(['9'.repeat(5000) + ' ', '1e999 ', '1,000,'.repeat(300) + '000 ', '$' + '9'.repeat(400) + ' billion ',
    '99.' + '9'.repeat(600) + '% ', '-' + '9'.repeat(350) + ' ', '0.' + '0'.repeat(400) + '1 ', '9'.repeat(30) + ' million troops. '], size, 3),
  'number runs': (size) => fill('1,2 3.4 5-6 7/8 9% $1 ', size),
  'deeply nested quotes': (size) => {
    // half the text opens quotes (four kinds in turn), the other half closes them
    const half = Math.max(0, Math.floor((size - 10) / 2));
    return (fill('\u201c\u2018"\u00ab', half) + ' she said ' + fill('\u00bb"\u2019\u201d', half)).slice(0, size);
  },
  'nested quotes with words': (size) => fill('\u201cHe said \u2018she said \u201cthey said \u2018', size),
  'capitalised words': (size) => fill('Foreign Minister John Smith Mary Jones Deputy Director General Ahmed Al Khan ', size),
  'capitalised words, no spaces between names and titles': (size) => mix(['Mr. ', 'Dr. ', 'Sen. ', 'Smith ', 'Jones ', 'U.S. ', 'O\u2019Brien ', 'Jean-Luc '], size, 4),
  'balanced quotes, thousands in one sentence': (size) => fill('\u201cyes,\u201d \u2018no,\u2019 "maybe," ', size),
  'names and cues, no sentence end': (size) => fill('Smith said Jones told Brown that Lee added according to Khan who warned ', size),
  'figures with sources, no sentence end': (size) => fill('5 (AP) 6% (Reuters) $7 million according to the IMF 8,000 troops, Austin said, ', size),
  'said said said': (size) => fill('said ', size),
  'speech verbs and according to': (size) => fill('according to said told added warned claimed says: \u2014 ', size),
  'he said she said': (size) => fill('he said she said they said it said ', size),
  'binary junk': (size) => {
    const next = rng(5);
    let s = '';
    for (let i = 0; i < size; i++) s += String.fromCharCode(Math.floor(next() * 256));
    return s;
  },
  'utf-16 junk with lone surrogates': (size) => {
    const next = rng(6);
    const codes = new Array(size);
    for (let i = 0; i < size; i++) codes[i] = next() < 0.3 ? 0xd800 + Math.floor(next() * 0x800) : Math.floor(next() * 0x10000);
    let s = '';
    for (let i = 0; i < size; i += 4096) s += String.fromCharCode(...codes.slice(i, i + 4096));
    return s;
  },
  'one enormous word': (size) => fill('a', size),
  'only newlines': (size) => fill('\n', size),
  'only CRs': (size) => fill('\r', size),
  'punctuation runs': (size) => mix(['.'.repeat(500), ','.repeat(500), '\u2014'.repeat(500), '('.repeat(500), ':'.repeat(500), ' '.repeat(500)], size, 7),
  'article repeated': (size) => fill('WASHINGTON \u2014 \u201cWe will not back down,\u201d Defense Secretary Jane Doe said on Monday, adding that ' +
    'at least 10,000 troops, worth about $1.5 billion, were ready. According to U.S. officials, nearly half a million people ' +
    'reportedly fled. She told reporters the plan was \u201ca success.\u201d\n\n', size),
};

/** The names, in a fixed order. */
export const HOSTILE_NAMES = Object.keys(HOSTILE);
