// Result lines (src/analysis/figures/score-lines.ts): "Hartlepool 3 Barrow 1". Texts are invented.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), kind: c.kind, rule: c.rule, subject: c.subject }));

describe('result lines: each side named, then its score', () => {
  it.each<[string, string, string]>([
    ['Kilmore 3 Ashby 1 was the result on Saturday.', '3', '1'],
    ['Final score: Port Vane 24 Dunmore Rovers 17.', '24', '17'],
    ['Ferrybridge 2 Calder Town 2 after extra time.', '2', '2'],
  ])('%s', (text, first, second) => {
    const f = found(text);
    expect(f).toContainEqual({ text: first, kind: 'other', rule: 'score', subject: null });
    expect(f.filter((x) => x.rule === 'score').map((x) => x.text)).toEqual([first, second]);
  });
});

describe('result lines: what is left alone', () => {
  it.each<[string]>([
    // a noun after the second number: counts of things, not a result
    ['Kilmore sent 12 Ashby delegates 9 bags.'],
    // a unit on either number
    ['Kilmore 3kg Ashby 1kg was the split.'],
    // more than two digits: no score of this form
    ['Kilmore 312 Ashby 210 was the tally.'],
  ])('%s', (text) => expect(found(text).map((x) => x.rule)).not.toContain('score'));
});
