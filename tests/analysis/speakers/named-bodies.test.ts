// A body named in full, then by its kind: the name keeps its gerund ("Racing", "Housing") before the organisation word
// (mentions/runs.ts), regulators' kinds refer back to it (lexicon/organisations.ts), and "the company" to no body
// known only by another kind (speakers/roles.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakers = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.speaker ?? null}/${q.speakerKind}`);

describe('speakers: a body named in full, then by its kind', () => {
  it.each([
    ['The Brenna Racing Panel announced the ban. The panel said the horse had failed a test.',
      ['Brenna Racing Panel/organization', 'Brenna Racing Panel/organization']],
    ['The Federal Pricing Authority opened an inquiry. In its review, the authority found that prices rose.',
      ['Federal Pricing Authority/organization']],
    ['The Ostby Rent Tribunal heard the case. The tribunal ruled that the rise was unlawful.',
      ['Ostby Rent Tribunal/organization']],
    // "the company" is not a body known only by another kind ("the union")
    ['Velo Grain Terminals accused the union of greed. In a statement, the company said its offer was fair.',
      ['Velo Grain Terminals/organization', 'Velo Grain Terminals/organization']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // a headline's gerund that ends a name, and power rather than a body
    ['Brenna Holding Talks With Unions, Mayor Says', 'Brenna Holding'],
    ['The law gives the mayor the authority to close roads, officials said.', 'the authority'],
  ])('leaves alone: %s', (text, absent) => {
    expect(analyze({ id: 't', text }).quotes.map((q) => q.speaker)).not.toContain(absent);
  });
});
