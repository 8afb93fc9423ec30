// A subject pronoun right before a verb cue is its subject (quotes/subjects.ts verbSpeaker), also when the rules read
// no subject phrase there ("in a move she said was ...": a preposition opened the phrase).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const mention = (text: string): string | null => analyze({ id: 't', text }).quotes[0]?.speakerMention?.text ?? null;

describe('quotes: a subject pronoun before the cue', () => {
  it.each([
    ['Ada Kim opened the bridge, in a move she said was meant to calm residents.', 'she'],
    ['Ivo Berg sold the farm, in a deal they said was fair.', 'they'],
  ])('%s', (text, expected) => {
    expect(mention(text)).toBe(expected);
  });

  it.each([
    // no pronoun before the cue: the phrase there
    ['The firm cut 200 jobs, a decision its chief said was painful.', 'its chief'],
    // an object pronoun closes an aside: the body before it
    ['The union, which backs her, said the talks failed.', 'The union'],
  ])('leaves alone: %s', (text, expected) => {
    expect(mention(text)).toBe(expected);
  });
});
