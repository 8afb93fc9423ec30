// A plural that takes "'s" ("Fishermen's", "Women's", "Children's") inside an organisation's name is a word of the
// name, not its owner (mentions/run-joins.ts possessivePluralOfName); a singular owner still ends the name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe('mentions: a plural possessive inside an organisation name', () => {
  it.each([
    ["The Tarn Fishermen's Association said quotas were too low.", "Tarn Fishermen's Association/Tarn Fishermen's Association"],
    ["The Velm Women's Institute said the hall must stay open.", "Velm Women's Institute/Velm Women's Institute"],
    ["The People's Bank of Ostra said rates would rise.", "People's Bank of Ostra/People's Bank of Ostra"],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // a singular owner and the body it owns
    ["Ivo Berg's Tarvia Party said the vote was rigged.", 'Tarvia Party/Tarvia Party'],
    // a plural possessive before a lower-case noun: a description, no name
    ["The women's team said the pitch was unsafe.", "null/The women's team"],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
