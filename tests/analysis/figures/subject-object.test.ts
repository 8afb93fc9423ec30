// figures/subject-object.ts objectSubject, called directly: a figure after "by"/"to" (a verb of change) or "at" (a verb
// of level) measures the object between that verb and the particle, not the agent before the verb. (The head
// comes back without its determiner.)
import { describe, expect, it } from 'vitest';
import { objectSubject } from '../../../src/analysis/figures/subject-object.js';

const words = (s: string): string[] => s.split(' ');

describe('figures/subject-object: the object a figure after by/to/at measures', () => {
  it.each([
    ['The bakery cut prices by', 'prices'],
    ['The gym raised the monthly fee to', 'monthly fee'],
    ['Surveyors put the repair bill at', 'repair bill'],
    ['The league has lowered ticket prices for children by', 'ticket prices'],
  ])('%s …', (before, expected) => {
    expect(objectSubject(words(before))).toBe(expected);
  });

  it.each([
    // a preposition right after the verb names the agent, no object
    ['The farm was valued by analysts at'],
    // the particle does not go with the verb's list
    ['The bakery cut prices for'],
    ['Surveyors put the repair bill by'],
    // no verb of the list, or no object after it
    ['The river rose by'],
    ['The bakery cut by'],
  ])('leaves alone: %s …', (before) => {
    expect(objectSubject(words(before))).toBeNull();
  });
});
