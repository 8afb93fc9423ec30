// Durations written like a clock after a word of racing or timing (src/analysis/figures/clock-durations.ts): one
// duration in seconds; without such a word, or with hours and minutes only, a time of day. Invented sentences.
import { describe, expect, it } from 'vitest';
import { found } from './figures-of.js';

describe('clock durations: catches', () => {
  it.each<[string, string, number]>([
    ['The Kenyan finished in 2:06:31 to win the city race.', '2:06:31', 7591],
    ['The veteran clocked 1:02:44.6 over the half distance.', '1:02:44.6', 3764.6],
    ['She won the 1500m in 4:01.35 at the trials.', '4:01.35', 241.35],
    ['A time of 0:59:58 was a club record.', '0:59:58', 3598],
    // a bare "in" up to three words after a word of riding or running (FINISH_BEFORE_IN)
    ['The cyclist rode the last stage in 4:12:09 despite the rain.', '4:12:09', 15129],
  ])('%s', (text, want, value) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect([f!.kind, f!.unit]).toEqual(['measure', 's']);
    expect(f!.value).toBeCloseTo(value, 9);
  });
});

describe('clock durations: leaves alone', () => {
  it.each<[string]>([
    // a time of day: no word of timing before it
    ['The last ferry sails at 21:15:00 on Fridays.'],
    // hours and minutes only: a time of day or a duration, unsure
    ['He finished in 2:11 after a fall.'],
    ['The gates open in 7:30 am traffic.'],
    // a bare "in" with no word of finishing or running before it times no race (FINISH_BEFORE_IN)
    ['The ferry leaves in 8:00:00 on the dot.'],
  ])('%s', (text) => {
    expect(found(text).filter((x) => x.unit === 's')).toEqual([]);
  });
});
