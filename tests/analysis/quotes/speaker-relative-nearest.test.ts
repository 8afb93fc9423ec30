// A cue after "who"/"which": the pronoun right before the cue is its subject, not one farther back whose clause
// holds it ("..., which calmed customers who had feared a loss": the customers feared) (quotes/relative-subject.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakers = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text}:${q.speakerMention?.text ?? null}`);

describe('speakers: the nearest relative pronoun before a cue', () => {
  it.each([
    ['No files were lost, which calmed customers who had feared a loss.', 'had feared:customers who'],
    ['The ruling, which angered growers who say the levy is unfair, stands.', 'say:growers who'],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toContain(expected);
  });

  it.each([
    // the pronoun a few words back still counts when none is nearer
    ['Tom Fenn, who for a decade was described as shy, said he would run.', 'said:Tom Fenn'],
    ['Ada Kim, who says the fund is safe, left.', 'says:Ada Kim, who'],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toContain(expected);
  });
});
