// Article-like text for property tests: fragments of news prose (names, cues, figures,
// quotation marks of every kind) mixed with what breaks naive code (control characters,
// lone surrogates, absurd numbers, stray line endings). The base articles are invented here.
import fc from 'fast-check';

/** Every quotation mark a news text may use, paired or not. */
export const QUOTE_MARKS = ['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a',
  '\u300c', '\u300d', '\u300e', '\u300f', '\u301d', '\u301e', '\uff02', '\u201f', '\u201b', '``', "''"];

const names = ['Maria Ortega', 'Ortega', 'Mr. Smith', 'Dr. Ahmed Khan', 'Prime Minister Jan Novak', 'U.S. officials', 'the minister',
  'She', 'He', 'they', 'it', 'The Ministry of Health', 'police', 'analysts', 'a spokesperson for the agency', 'her counterpart',
  'O\u2019Brien', 'Jean-Luc Picard', 'ACME Corp.', 'the World Bank'];
const cues = ['said', 'says', 'told reporters', 'according to', 'added', 'warned', 'claimed', 'denied', ':', ' \u2014 ', ' -- ',
  'said said said', 'it is believed', 'reportedly', 'estimated', 'data show', 'a report by'];
const numbers = ['1,200', '15%', '$3.5 million', '\u20ac12bn', 'half-million', 'half a million', 'a dozen', 'twenty-five', '2024',
  '1990s', '-5', '0.000001', '\u00bd', '1e999', '9'.repeat(400), '1,000,000,000,000,000,000,000,000', '3-4', 'between 10 and 20',
  'at least 10,000', 'nearly 8,000', '5.5.5', '1,2,3', '$', '%', '10 km', '40 percent', 'NaN', 'Infinity', '0x1F', '1/0'];
const words = ['the', 'war', 'victory', 'reported', 'was', 'in', 'on', 'Tuesday', 'and', 'troops', 'that', 'would', 'not', 'of'];
const punctuation = ['.', ',', '!', '?', ';', '(', ')', '[', ']', '...', '\u2026', '-', '\u2013', '\u2014', '/'];
const spaces = [' ', '\n', '\r\n', '\r', '\n\n', '\t', '\u00a0', '\u2028', '\u2029'];
const hostile = ['\u0000', '\u001b[31m', '\u001b]0;x\u0007', '\u0007', '\u202e', '\ufeff', '\u200b', '\ud800', '\udfff', '\ud83d',
  '\ude00', '\ud83d\ude00', '\u0301', '\uffff', '\ufffd'];

export const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...QUOTE_MARKS), weight: 4 },
  { arbitrary: fc.constantFrom(...names), weight: 3 },
  { arbitrary: fc.constantFrom(...cues), weight: 3 },
  { arbitrary: fc.constantFrom(...numbers), weight: 2 },
  { arbitrary: fc.integer().map((n) => n.toLocaleString('en-US')), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.constantFrom(...words), weight: 4 },
  { arbitrary: fc.constantFrom(...punctuation), weight: 3 },
  { arbitrary: fc.constantFrom(...spaces), weight: 2 },
  { arbitrary: fc.constantFrom(...hostile), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);

const separator = fc.constantFrom('', ' ', ' ', ' ', '\n');

/** Random article-like text: fragments joined by spaces, nothing, or newlines. */
export const articleText = (maxFragments = 150): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fragment, separator), { maxLength: maxFragments, size: 'max' }).map((parts) => parts.map(([f, s]) => f + s).join(''));

/** Invented articles in the style of wire copy, the base for mutations. */
export const BASE_ARTICLES = [
  'PARIS \u2014 The country\u2019s health minister said on Tuesday that 1,200 new cases had been recorded, up 15% from last week.\n\n' +
    '\u201cWe are doing everything we can,\u201d Maria Ortega told reporters. \u201cThe situation is serious but stable.\u201d\n\n' +
    'According to the Ministry of Health, about $3.5 million has been spent on vaccines. Officials said the figure could reach ' +
    'half a million doses by June.\n\nShe added that the hospitals were \u201cclose to capacity\u201d and called for calm.\n',
  '\u2018It is not over,\u2019 said Dr. Ahmed Khan, a doctor at the city hospital. An estimated 40 percent of beds are reportedly ' +
    'full, he said.\r\n\r\nPrime Minister Jan Novak said the government would spend "at least \u20ac2bn" on new wards, a figure ' +
    'analysts called "optimistic". Police said nearly 8,000 people had gathered outside.\r\n',
  'The company reported revenue of $4.2 billion, down 3%. "We expect growth to return," its chief executive, Lena Fischer, said in ' +
    'a statement. "Demand is recovering."\n\u201cIt\u2019s a \u2018temporary\u2019 dip,\u201d she added, citing data showing 12 ' +
    'consecutive months of orders. A report by the central bank put inflation at 2.1% (Reuters).\n',
];

type Edit = { at: number; cut: number; insert: string };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.oneof(fragment, fc.constant('')) });

/** A base article with random insertions, deletions and replacements (which may split surrogate pairs). */
export const mutatedArticle: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...BASE_ARTICLES), fc.array(edit, { maxLength: 25, size: 'max' }))
  .map(([base, edits]) =>
    edits.reduce((text, e) => {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.insert + text.slice(at + e.cut);
    }, base),
  );

/** Either kind of text. */
export const anyArticle: fc.Arbitrary<string> = fc.oneof(articleText(), mutatedArticle);
