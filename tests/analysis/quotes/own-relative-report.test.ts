// The speaker reporting on in a relative clause (quotes/own-relative-report.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const spoken = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

// The speaker's own further report in a relative clause ("said A, which she said B"): one content, as annotated news
// draws it; a relative with a source of its own, or after a verb whose object is a thing, stays a second record.
describe('quotes: the speaker reporting on in a relative clause', () => {
  it.each<[string, (string | null)[][]]>([
    ['The harbour master said the pier was sound, which she said proved the repairs had worked.',
      [['the pier was sound, which she said proved the repairs had worked', 'The harbour master', 'said']]],
    ['Growers argued that the levy was too high, which they said had driven two farms out of business.',
      [['the levy was too high, which they said had driven two farms out of business', 'Growers', 'argued']]],
    ['He said the bus ran late, which he said was normal in winter.',
      [['the bus ran late, which he said was normal in winter', 'He', 'said']]],
  ])('%s', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a source of its own in the relative
    ['The harbour master said the pier was sound, which engineers say is untrue.',
      [['the pier was sound', 'The harbour master', 'said'], ['is untrue', 'engineers', 'say']]],
    // another person's pronoun
    ['She said the bus ran late, which he said was normal.',
      [['the bus ran late', 'She', 'said'], ['which he said was normal', 'he', 'said']]],
    // a verb whose object is a thing
    ['The mayor praised the plan, which she said would cut traffic.',
      [['the plan', 'The mayor', 'praised'], ['which she said would cut traffic', 'she', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });
});
