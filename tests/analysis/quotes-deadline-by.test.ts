// A deadline after "by" names no agent of a passive cue (quotes/subjects.ts PASSIVE_BY): weather, works and schedule
// copy ("is expected to ease by the afternoon") has no speaker there. Invented texts, the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null]);

describe('quotes: "by" and a deadline is no passive agent', () => {
  it.each<[string, (string | null)[][]]>([
    ['Rain is expected to ease by the afternoon.', [['Rain is expected to ease by the afternoon', null]]],
    ['Repairs are expected to be finished by the end of the month.', [['Repairs are expected to be finished by the end of the month', null]]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    ['The plan was criticised by the mayor.', [['The plan', 'the mayor']]],
    ['The levy is opposed by the Tarn Valley growers.', [['The levy', 'the Tarn Valley growers']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
