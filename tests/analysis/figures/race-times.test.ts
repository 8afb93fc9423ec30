// Times written with the minute and second marks (src/analysis/figures/race-times.ts): one duration in seconds,
// not a height in feet and inches. Invented sentences.
import { describe, expect, it } from 'vitest';
import { found } from './figures-of.js';

describe('race times: catches', () => {
  it.each<[string, string, number]>([
    ['The Austrian clocked 1\'47" in the giant slalom.', '1\'47"', 107],
    ['Her winning time was 2’03” over two laps.', '2’03”', 123],
    ['The relay team touched in 3′29.54″ to break the record.', '3′29.54″', 209.54],
    // seconds that could be inches, after a word of timing
    ['The junior won in 1\'10" on the short course.', '1\'10"', 70],
    ['He posted a time of 2\'11" in the heat.', '2\'11"', 131],
    ['The sculler clocked at 7\'10" was fourth.', '7\'10"', 430],
  ])('%s', (text, want, value) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect([f!.kind, f!.unit]).toEqual(['measure', 's']);
    expect(f!.value).toBeCloseTo(value, 9);
  });
});

describe('race times: leaves alone', () => {
  it.each<[string, { text: string; unit: string | null }[]]>([
    // inches 10 and 11 with no word of timing before: a height
    ['The 5\'10" striker signed on Monday.', [{ text: '5\'10"', unit: 'ft' }]],
    ['Scouts list him at 6\'11" barefoot.', [{ text: '6\'11"', unit: 'ft' }]],
    // "in at" lists a height
    ['The centre measured in at 6\'11" at the combine.', [{ text: '6\'11"', unit: 'ft' }]],
    // one-digit inches after a word of timing are still a height
    ['Measured in 5\'4" boots, she cleared the bar.', [{ text: '5\'4"', unit: 'ft' }]],
    // a chain of marks is an angle
    ['The wreck lies at 12°14\'33" east.', [{ text: '12', unit: null }, { text: '14', unit: null }, { text: '33"', unit: 'in' }]],
  ])('%s', (text, want) => {
    expect(found(text).map((x) => ({ text: x.text, unit: x.unit }))).toEqual(want);
  });
});
