// "that" and a noun after an infinitive is a demonstrative ("plans to test that idea"), not a complementizer:
// the content keeps the infinitive (quotes/content-start.ts). Invented texts; hand-built mentions.
import { describe, expect, it } from 'vitest';
import { contents, type M } from '../quote-run.js';

const LAB: M[] = [['The lab', 'description', null]];

describe('quotes: a demonstrative "that" after an infinitive', () => {
  it.each<[string, string[]]>([
    ['The lab plans to test that idea next year.', ['to test that idea next year']],
    ['The lab hopes to confirm that result in May.', ['to confirm that result in May']],
  ])('%s', (text, expected) => {
    expect(contents(text, LAB)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // "that" before a clause's subject is the complementizer, as before
    ['The lab vowed to ensure that the data is safe.', ['the data is safe']],
  ])('leaves alone: %s', (text, expected) => {
    expect(contents(text, LAB)).toEqual(expected);
  });
});
