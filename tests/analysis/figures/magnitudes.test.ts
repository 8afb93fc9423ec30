// figures/magnitudes.ts: an earthquake's size, its scale named before the number or as a phrase after it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, unit: c.unit, subject: c.subject }));

describe('magnitudes: the scale named around the number', () => {
  it.each<[string, string, number, string | null]>([
    ['A magnitude 5.9 tremor rattled windows across the valley.', 'magnitude 5.9', 5.9, 'tremor'],
    ['The magnitude-4.3 aftershock came at dawn.', 'magnitude-4.3', 4.3, 'aftershock'],
    ['A quake of magnitude 7 shook the islands.', 'magnitude 7', 7, 'quake'],
    ['The shock registered 5.1 on the Richter scale.', '5.1 on the Richter scale', 5.1, null],
    // the unit word after the number (lexicon/unit-words.ts)
    ['A 6.4-magnitude earthquake damaged the old port.', '6.4-magnitude', 6.4, 'earthquake'],
  ])('%s', (text, want, value, subject) => {
    expect(found(text)).toContainEqual({ text: want, value, kind: 'measure', unit: 'magnitude', subject });
  });

  it.each<[string, string]>([
    // an order of magnitude is a factor of ten, not a point on the scale
    ['The new chip is an order of magnitude 10 times faster.', '10'],
    // no scale runs that high: some other count
    ['Magnitude 300 is the name of the band.', '300'],
  ])('leaves alone: %s', (text, want) => {
    expect(found(text).find((f) => f.text.includes(want))?.unit ?? null).not.toBe('magnitude');
  });
});
