// Single words' facts from compromise's lexicon (mentions/word-flags.ts): each predicate on words it holds true for
// and words it must not, a first name's gender, and tagsOf on phrases, any case and no inherited keys.
import { describe, expect, it } from 'vitest';
import * as flags from '../../../src/analysis/mentions/word-flags.js';

type Predicate = 'isKnownName' | 'isPlace' | 'isCountry' | 'isDemonym' | 'isDateWord' | 'isCommonWord' | 'isClosedClassWord'
  | 'isVerbForm' | 'isAdjective' | 'isPureNoun' | 'isKnownWord';

describe('mentions/word-flags: predicates', () => {
  it.each([
    ['isKnownName', 'mary', 'bridge'],
    ['isPlace', 'paris', 'monday'],
    ['isCountry', 'france', 'paris'],
    ['isDemonym', 'french', 'happy'],
    // a person of a nationality compromise lists only as the adjective; not any word in -man
    ['isDemonym', 'frenchman', 'boatman'],
    ['isDateWord', 'monday', 'bridge'],
    // an ordinary word, not a name or a place
    ['isCommonWord', 'bridge', 'paris'],
    ['isClosedClassWord', 'of', 'plan'],
    ['isVerbForm', 'said', 'bridge'],
    ['isAdjective', 'happy', 'bridge'],
    // only ever a noun: not a word compromise also tags as a verb form
    ['isPureNoun', 'bridge', 'plan'],
    // no inherited key counts as a lexicon entry
    ['isKnownWord', 'the', 'constructor'],
  ])('%s: %s, not %s', (predicate, yes, no) => {
    const test = flags[predicate as Predicate];
    expect([test(yes), test(no)]).toEqual([true, false]);
  });
});

describe('mentions/word-flags: firstNameGender and tagsOf', () => {
  it.each([
    ['john', 'male'],
    ['mary', 'female'],
    ['france', undefined],
  ])('firstNameGender(%s) = %s', (word, want) => {
    expect(flags.firstNameGender(word)).toBe(want);
  });

  it.each([
    ['New Zealand', ['Country']],
    ['MONDAY', ['WeekDay']],
    ['qwzx', []],
    ['constructor', []],
  ])('tagsOf(%s)', (word, want) => {
    expect(flags.tagsOf(word)).toEqual(want);
  });
});
