// "the company" / "the firm" fit a business loosely, never a government body, court, party, union or school
// (lexicon/public-bodies.ts): with no business named, the description stays its own party.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakers = (text: string): (string | null)[] => analyze({ id: 't', text }).quotes.map((q) => q.speaker);

describe('speakers: "the company" is no public body', () => {
  it.each([
    ['Jobless claims fell in May, the Tarn Labour Office said. The company said it would hire 40 staff.', ['Tarn Labour Office', 'the company']],
    ['Fares will rise, the Brenmoor Transport Ministry said. The firm said the rise was unfair.', ['Brenmoor Transport Ministry', 'the firm']],
    ['The Kestrel Teachers Union said pay was too low. The company said it could not pay more.', ['Kestrel Teachers Union', 'the company']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // a business still fits, and "the group" may still mean a union
    ['Orlen Foods Inc. said sales rose. The company said it would hire 40 staff.', ['Orlen Foods Inc.', 'Orlen Foods Inc.']],
    ['The Kestrel Teachers Union said pay was too low. The group said it would strike.', ['Kestrel Teachers Union', 'Kestrel Teachers Union']],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
