// A deadline after "by" names no agent of a passive cue (quotes/subjects.ts PASSIVE_BY): weather, works and schedule
// copy ("is expected to ease by the afternoon") has no speaker there. Invented texts, the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null]);

describe('quotes: "by" and a deadline is no passive agent', () => {
  it.each<[string, (string | null)[][]]>([
    ['Rain is expected to ease by the afternoon.', [['Rain is expected to ease by the afternoon', null]]],
    ['Repairs are expected to be finished by the end of the month.', [['Repairs are expected to be finished by the end of the month', null]]],
    ['The new line is expected to be finished by 2031.', [['The new line is expected to be finished by 2031', null]]],
    ['Fares are expected to rise by 6 percent.', [['Fares are expected to rise by 6 percent', null]]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    ['The plan was criticised by the mayor.', [['The plan', 'the mayor']]],
    ['The levy is opposed by the Tarn Valley growers.', [['The levy', 'the Tarn Valley growers']]],
    // a number before the people it counts, a month or a season opening a name
    ['The levy was condemned by 200 economists.', [['The levy', '200 economists']]],
    ['The levy was condemned by May Tarsen, a senator.', [['The levy', 'May Tarsen']]],
    ['The levy was welcomed by Spring Harbour Capital.', [['The levy', 'Spring Harbour Capital']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
