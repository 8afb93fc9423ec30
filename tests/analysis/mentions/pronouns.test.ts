// Pronouns with gender and number (src/analysis/mentions/pronouns.ts): not "US" or "IT" in capitals, not a lower-case
// "i", and a relative "which" only after a comma or a name. Texts are invented.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analysis/mentions/tokens.js';
import { findPronouns } from '../../../src/analysis/mentions/pronouns.js';
import { state } from './mentions-of.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';

const pronouns = (text: string): string[] => findPronouns(text, tokenize(text)).map((p) => `${text.slice(p.start, p.end)}:${p.gender}`);

describe('pronouns: found, with gender', () => {
  it.each<[string, string[]]>([
    ['She said he agreed.', ['She:female', 'he:male']],
    ['They voted and I abstained.', ['They:plural', 'I:null']],
    // a contraction: the pronoun ends at the apostrophe
    ['He’s sure they’ll go.', ['He:male', 'they:plural']],
    // "who" always; "which" after a comma or a name
    ['Jane Roe, who chairs it, said so.', ['who:null', 'it:neuter']],
    ['The board, which met, agreed.', ['which:neuter']],
    ['The Housing Office which said so', ['which:neuter']],
    // a capitalised possessive opening the sentence, or before a lower-case word, is still the pronoun
    ['Our Town Hall stays open.', ['Our:plural']],
    ['Fans said Our club was sold.', ['Our:plural']],
  ])('%s', (text, want) => expect(pronouns(text)).toEqual(want));
});

describe('pronouns: left alone', () => {
  it.each<[string]>([
    // capitals: a country and a trade
    ['US firms and IT staff grew.'],
    // a lower-case "i" is a typo or a list mark, not the speaker
    ['Point i covers fees.'],
    // "which" after a common noun is a restrictive relative
    ['the plan which failed'],
    // a possessive between capitalised words is a word of a name in title case
    ['Save Our Pool met the mayor.'],
  ])('%s', (text) => expect(pronouns(text)).toEqual([]));
});

describe('pronouns: through the mention stage', () => {
  it('gives pronouns gender and number', () => {
    const m = findMentions(state('He and she said they knew it.')).mentions;
    expect(m.map((x) => x.gender)).toEqual(['male', 'female', 'plural', 'neuter']);
  });
});
