// One amount in two or three units (src/analysis/figures/compound-units.ts): invented sentences; each rule with
// what it catches and what it must leave alone. (Feet and inches, pounds and ounces: index.test.ts, units.test.ts.)
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, unit: c.unit }));

describe('a time in hours, minutes and seconds is one duration, counted in its largest unit', () => {
  it.each<[string, string, number, string]>([
    ['The winner crossed the line in 2 hours 14 minutes.', '2 hours 14 minutes', 2 + 14 / 60, 'hour'],
    ['The ferry crossing takes 1 hour and 50 minutes.', '1 hour and 50 minutes', 1 + 50 / 60, 'hour'],
    ['She swam the length in 3 minutes, 12 seconds.', '3 minutes, 12 seconds', 3.2, 'min'],
    ['The cyclist clocked 1hr 52min on the climb.', '1hr 52min', 1 + 52 / 60, 'hour'],
    ['The rescue took 4 hours, 20 minutes and 30 seconds.', '4 hours, 20 minutes and 30 seconds', 4 + 20 / 60 + 30 / 3600, 'hour'],
    // glued "h" then glued "m": hours and minutes, as race results are printed
    ['The veteran finished the marathon in 2h 41m.', '2h 41m', 2 + 41 / 60, 'hour'],
    // stone and pounds: a body weight
    ['The jockey rode at 8st 7lb on the day.', '8st 7lb', 8.5, 'st'],
  ])('%s', (text, want, value, unit) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 10);
    expect(f!.unit).toBe(unit);
  });
});

describe('times that are not one duration stay apart', () => {
  it.each<[string, string[]]>([
    // "between" bounds a range
    ['Waits ran between 2 hours and 40 minutes.', ['2 hours', '40 minutes']],
    // the second is no smaller unit, or holds more than the first counts in one
    ['The drill took 30 minutes, 2 hours less than planned.', ['30 minutes', '2 hours']],
    ['Patients waited 3 hours and 75 minutes at the clinic.', ['3 hours', '75 minutes']],
    // a unit skipped: hours then seconds
    ['The lift stalled for 1 hour and 30 seconds twice.', ['1 hour', '30 seconds']],
    // days and hours are listed unit by unit
    ['The stand-off lasted two days and six hours.', ['two days', 'six hours']],
    // the small unit is not named
    ['The shift lasts 8 hours and 30 staff work it.', ['8 hours', '30']],
    // a glued "h" with no minutes after it is a label
    ['Platform 4h is shut, and 20m of track is flooded.', ['4', '20m']],
  ])('%s', (text, texts) => {
    expect(found(text).map((x) => x.text)).toEqual(texts);
  });
});
