// The named pronoun lists (lexicon/pronouns.ts) the stages build their alternations from: each word a known pronoun
// of the right person, each once, and each narrower list leaving out just what its comment says.
import { describe, expect, it } from 'vitest';
import {
  GENDERED_SUBJECT_PRONOUNS, OBJECT_PRONOUNS, PERSON_SUBJECT_PRONOUNS, PRONOUNS, PURE_OBJECT_PRONOUNS,
  REFERRING_SUBJECT_PRONOUNS, REFLEXIVE_PRONOUNS, SUBJECT_PRONOUNS,
} from '../../src/lexicon/pronouns.js';
import { alternation } from '../../src/analysis/alternation.js';

const LISTS: [string, readonly string[]][] = [
  ['subject', SUBJECT_PRONOUNS], ['referring subject', REFERRING_SUBJECT_PRONOUNS], ['person subject', PERSON_SUBJECT_PRONOUNS],
  ['gendered subject', GENDERED_SUBJECT_PRONOUNS], ['object', OBJECT_PRONOUNS], ['pure object', PURE_OBJECT_PRONOUNS],
  ['reflexive', REFLEXIVE_PRONOUNS],
];

describe('lexicon: pronoun lists', () => {
  it.each(LISTS)('%s: known pronouns, each once', (_, words) => {
    for (const w of words) expect(PRONOUNS.has(w.toLowerCase())).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });

  it.each([
    // [list, a word it leaves out, the wider list that has it]
    [REFERRING_SUBJECT_PRONOUNS, 'you', SUBJECT_PRONOUNS],
    [PERSON_SUBJECT_PRONOUNS, 'it', REFERRING_SUBJECT_PRONOUNS],
    [PURE_OBJECT_PRONOUNS, 'her', OBJECT_PRONOUNS],
  ])('a narrower list leaves out one word of the wider (%#)', (narrow, left, wide) => {
    expect(narrow).not.toContain(left);
    expect(wide).toContain(left);
    expect(wide.filter((w) => w !== left)).toEqual(narrow);
  });

  it.each([
    ['I said no', true],
    ['if it rains', false],
    ['they said', true],
  ])('a case-sensitive subject pattern: "%s" -> %s', (text, hit) => {
    const re = new RegExp(`^(?:${alternation(PERSON_SUBJECT_PRONOUNS)})\\s`);
    expect(re.test(text)).toBe(hit);
  });
});
