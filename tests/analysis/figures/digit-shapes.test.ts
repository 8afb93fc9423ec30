// Shapes only digits take (src/analysis/figures/digit-shapes.ts): ordinal suffixes, slash fractions and pairs,
// powers, scientific notation and marked heights and times. Texts are invented.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, rule: c.rule }));

describe('digit shapes: what each shape reads', () => {
  it.each<[string, { text: string; value: number | null; kind: string; rule: string }]>([
    // the suffix English gives the number
    ['The 21st runner crossed the line.', { text: '21st', value: 21, kind: 'ordinal', rule: 'ordinal-digits' }],
    ['She was the 12th to finish.', { text: '12th', value: 12, kind: 'ordinal', rule: 'ordinal-digits' }],
    ['He was the 1,000th visitor.', { text: '1,000th', value: 1000, kind: 'ordinal', rule: 'ordinal-digits' }],
    // a slash fraction: a small top over a larger bottom
    ['Add 3/4 cup of flour.', { text: '3/4', value: 0.75, kind: 'count', rule: 'fraction' }],
    // a bare slash pair that makes no fraction is one expression
    ['The clinic is open 24/7 now.', { text: '24/7', value: 24, kind: 'other', rule: 'slash-pair' }],
    ['It was a 50/50 call.', { text: '50/50', value: 50, kind: 'other', rule: 'slash-pair' }],
    // powers and scientific notation
    ['The error fell to 3.7×10−4 overall.', { text: '3.7×10−4', value: 0.00037, kind: 'count', rule: 'digits' }],
    ['About 1e9 cells divided.', { text: 'About 1e9', value: 1e9, kind: 'count', rule: 'digits' }],
    // marks: feet and inches, minutes and seconds
    ['The centre is 6\'3" tall.', { text: '6\'3"', value: 6.25, kind: 'measure', rule: 'height-marks' }],
    ['She ran the lap in 1\'52" flat.', { text: '1\'52"', value: 112, kind: 'measure', rule: 'race-time' }],
  ])('%s', (text, want) => expect(found(text)).toContainEqual(want));
});

describe('digit shapes: what is left to other readings', () => {
  it.each<[string, string, string]>([
    // the wrong suffix for the number is no ordinal: "22st" is stone (glued-units)
    ['He weighed 22st at the start.', '22st', 'unit-mass'],
    ['The 13st mark', '13st', 'unit-mass'],
    // a second slash makes a date, not a fraction
    ['On 3/4/2021 it rained.', '3/4/2021', 'date-numeric'],
  ])('%s: %s is %s', (text, span, rule) => {
    const f = found(text);
    expect(f.map((x) => x.rule)).not.toContain('ordinal-digits');
    expect(f.map((x) => x.rule)).not.toContain('fraction');
    expect(f).toContainEqual(expect.objectContaining({ text: span, rule }));
  });
});
