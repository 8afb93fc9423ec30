// A unit symbol glued to a number (src/analysis/figures/glued-units.ts): "48m", "50p", "300°C", "9\"". Texts are
// invented.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), kind: c.kind, unit: c.unit }));

describe('glued units: the symbol is read', () => {
  it.each<[string, string, string, string]>([
    ['The 48m yacht sank.', '48m', 'measure', 'm'],
    ['It reached 300°C inside the kiln.', '300°C', 'measure', '°C'],
    ['A 9" plate broke.', '9"', 'measure', 'in'],
    // pence: a small amount, or a larger one set at a level
    ['Tea costs 50p now.', '50p', 'money', 'GBp'],
    ['Shares closed at 412p on Friday.', '412p', 'money', 'GBp'],
    // "F" is a temperature where the text talks of heat
    ['Highs of 27F hit the town in the heat.', '27F', 'measure', '°F'],
    // "st" glued is stone
    ['The lock weighs 17st and never tires.', '17st', 'measure', 'st'],
    // a forecast's "highs of" or "lows of" is a word of weather, in the plural too
    ['Highs of 27F hit the town on Monday.', '27F', 'measure', '°F'],
    ['Lows of -5C are forecast for the pass.', '-5C', 'measure', '°C'],
    ['Overnight lows of minus 4C are expected.', 'minus 4C', 'measure', '°C'],
  ])('%s', (text, span, kind, unit) => expect(found(text)).toContainEqual({ text: span, kind, unit }));
});

describe('glued units: what is not a unit', () => {
  it.each<[string, string]>([
    // a screen resolution, not pence
    ['A 1080p display costs more.', '1080'],
    ['Phones moved to 1080p screens.', '1080'],
    // a form, not a temperature
    ['A 27F form was filed.', '27'],
    // an ordinal, not stone ("12st" is stone)
    ['The 21st race had 9 runners.', '21st'],
    ['Both lows of the quarter came before the 27F form was filed.', '27'],
    // a quote opened before it on the line closes here: no inch mark
    ['They backed the "Room for 12" campaign.', '12'],
  ])('%s', (text, span) => {
    const f = found(text).find((x) => x.text.startsWith(span));
    expect(f?.text).toBe(span);
    expect(f?.unit).toBeNull();
  });
});

const priced = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, unit: c.unit }));

describe('money: pence glued to a number (moved out of units.test.ts)', () => {
  it('a large number glued to p is no price ("720p" video)', () => {
    expect(priced('Streams run at 720p.').some((f) => f.kind === 'money')).toBe(false);
  });

  it.each<[string, string, number]>([
    ['Shares in the grocer closed at 386p.', '386p', 386],
    ['The stock slid to 1,240p on Friday.', '1,240p', 1240],
  ])('a share price in pence at a level: %s', (text, want, value) => {
    expect(priced(text)).toContainEqual({ text: want, value, kind: 'money', unit: 'GBp' });
  });

  it('a large number glued to p with no level before it is no price', () => {
    expect(priced('Their 386p model sold out.').some((f) => f.kind === 'money')).toBe(false);
  });
});
