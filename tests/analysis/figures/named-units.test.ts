// figures/named-units.ts: a currency word glued to what it is counted per (moved out of units.test.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, unit: c.unit }));

describe('money: a currency word glued to what it is counted per (named-units.ts)', () => {
  it.each<[string, string, string]>([
    ['Heating oil cost 1.12 euros/l in the hills.', '1.12 euros/l', 'EUR/L'],
    ['Lumber traded at 610 dollars/t on Friday.', '610 dollars/t', 'USD/t'],
  ])('%s', (text, want, unit) => {
    expect(found(text)).toContainEqual(expect.objectContaining({ text: want, kind: 'money', unit }));
  });

  it.each<[string, string, string]>([
    // a unit glued to a slash is no currency
    ['The tram reached 70 km/h on the bridge.', '70 km/h', 'measure'],
    // "pounds" stays a weight without money around it
    ['The crate holds 40 pounds/box of apples.', '40', 'count'],
  ])('leaves alone: %s', (text, want, kind) => {
    expect(found(text)).toContainEqual(expect.objectContaining({ text: want, kind }));
  });
});
