// Numbers written as arithmetic (src/analysis/figures/notation.ts): powers, a division said in
// words, the continental decimal comma. Invented sentences: what each rule catches and leaves alone.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind }));

describe('notation: catches', () => {
  it.each<[string, string, number]>([
    ['The sample held 3.1×10−4 grams of lead.', '3.1×10−4 grams', 3.1e-4],
    ['Light covers 3 x 10^8 metres a second.', '3 x 10^8 metres', 3e8],
    ['A block is 4x2^10 bytes.', '4x2^10 bytes', 4096],
    ['The growth factor was 1.5^2 in the model.', '1.5^2', 2.25],
    ['The odds are one over ten.', 'one over ten', 0.1],
    ['Each share is 1 over thirty-two.', '1 over thirty-two', 1 / 32],
    ['Split it: 900 over 4, then round.', '900 over 4', 225],
    ['The Lisbon office reported 2.345,50 in fees.', '2.345,50', 2345.5],
    ['The census counted 1 234 567 residents.', '1 234 567', 1234567],
    ['About 20 000 troops moved.', 'About 20 000', 20000],
    ['A crowd of 45\u202f000 watched.', '45\u202f000', 45000],
  ])('%s', (text, want, value) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 10);
  });
});

describe('a month and day with one slash is a date, not a fraction', () => {
  it.each<[string, string, string]>([
    ['Security changed after 9/11.', '9/11', 'date'],
    ['The rally on 7/22 drew crowds.', '7/22', 'date'],
    ['Only 3/4 of the seats were filled.', '3/4', 'count'],
    ['Use a 5/16 wrench.', '5/16', 'count'],
    ['Nearly 2/9 of them left.', 'Nearly 2/9', 'count'],
    ['They won 2/7 of the seats.', '2/7', 'count'],
  ])('%s', (text, want, kind) => {
    expect(found(text).find((f) => f.text === want), JSON.stringify(found(text))).toMatchObject({ kind });
  });
});

describe('notation: leaves alone', () => {
  it.each<[string, string[]]>([
    // a blood-pressure reading is no ratio to compute
    ['Her blood pressure was 140 over 90.', ['140', 'over 90']],
    // "over" before a span or a noun is a bound or "during" (here a span the rise is spread over)
    ['Prices rose 5 over 3 years of talks.', ['5', '3 years']],
    ['He won 3 over two rounds.', ['3', 'over two']],
    // a relay or a truck, not a power
    ['She ran the 4x100 relay.', ['4']],
    // blanks between numbers that make no thousands group keep them apart
    ['The score was 3 100 runs.', ['3', '100']],
    // thousands with a comma and a decimal point stay as they are
    ['It cost 1,234.50 in all.', ['1,234.50']],
    // decimals listed with commas and spaces stay apart
    ['Scores were 1.234, 5.678 and 9.1.', ['1.234', '5.678', '9.1']],
  ])('%s', (text, texts) => {
    expect(found(text).map((f) => f.text)).toEqual(texts);
  });
});
