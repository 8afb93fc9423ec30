// "it" and a body brought in by "a" (speakers/antecedent.ts): "The mayor's office set up a fund. It said ..." means the
// office, not the fund; a body just introduced and not speaking there is what was made, bought or shut, and a writer
// names it again ("the fund said") before calling it "it". Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakers = (text: string): (string | null)[] => analyze({ id: 't', text }).quotes.map((q) => q.speaker);

describe('speakers: "it" passes over a body only introduced by "a"', () => {
  it.each([
    ['Acme Corp set up a trust for its miners last week. It said the money would be paid out by June.', ['Acme Corp']],
    ['The Velm Trust bought a stake in a mill. It said the deal would close in May.', ['Velm Trust']],
    ['Harlow Rail opened an inquiry into the crash. It said the report would be public.', ['Harlow Rail']],
    // with no other body in reach, nobody, rather than the thing made
    ['Residents set up a charity in 2019. It said on Monday that it had raised 40,000 pounds.', [null]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // a body introduced by "a" that speaks is the one "it" continues
    ['A charity said on Monday that it would close two shelters.', ['a charity']],
    // named again with "the", it is what "it" means
    ['Residents set up a charity in 2019. The charity said it had raised 40,000 pounds.', ['a charity']],
    // "it" for a named body after an indefinite object in the same sentence
    ['Tarn Foods bought a dairy, and it said the price was fair.', ['Tarn Foods']],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
