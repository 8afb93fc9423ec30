// The verb chain before a stance noun (cues/nominal-verb.ts): a verb governing a possessed noun ("renewed its
// condemnation of"), a light verb ("launched a scathing attack on"), a verb of having backing ("won the endorsement of"),
// and the clause's subject before such a chain. Invented texts. The nominal() rows moved here from nominal.test.ts.
import { describe, expect, it } from 'vitest';
import { backingVerbBefore, governingVerbStart, lightVerbBefore, subjectBeforeVerb } from '../../../src/analysis/cues/nominal-verb.js';
import { nominal } from './nominal-read.js';

/** The words from the chain's start to the noun (null: no chain), for one of the chain finders. */
const governing = (text: string, noun: string): string | null => {
  const at = governingVerbStart(text, text.indexOf(noun));
  return at < 0 ? null : text.slice(at, text.indexOf(noun));
};
const chain = (find: typeof lightVerbBefore, text: string, noun: string): [string, string] | null => {
  const c = find(text, text.indexOf(noun));
  return c === null ? null : [text.slice(c.start, text.indexOf(noun)), c.modifiers];
};

describe('cues/nominal-verb: a verb governing a possessed stance noun', () => {
  it.each([
    ['The union renewed its condemnation of the pay freeze.', ['renewed its condemnation of']],
    ['Both councillors sharpened their denunciation of Mayor Rolf Lind.', ['sharpened their denunciation of']],
    ['Tom Ek noted her harsh attacks on the referee.', ['noted her harsh attacks on']],
    ['He has toned down his attacks on the governor.', ['has toned down his attacks on']],
    ['She withdrew her endorsement of Tilda Varga.', ['withdrew her endorsement of']],
    ['Holm has not publicly retracted his endorsement of Varga.', ['has not publicly retracted his endorsement of']],
    // a preposition or a copula before the pronoun: no verb governs the noun
    ['Tom Ek drew cheers by his attacks on the banks.', ['attacks on']],
    ['It was her critique of the plan that won.', ['critique of']],
    ['Ada Ek felt sure her critique of the plan was fair.', ['critique of']],
  ])('%s', (text, expected) => {
    expect(nominal(text)).toEqual(expected);
  });

  it.each([
    ['The coach has not yet dropped his backing of the plan.', 'backing', 'dropped his '],
    ['Each week she repeats her praise for the nurses.', 'praise', 'repeats her '],
  ])('governingVerbStart: %s', (text, noun, want) => {
    expect(governing(text, noun)).toBe(want);
  });

  it.each([
    // a copula, a preposition, a fronted participle: no verb governs the noun
    ['It was her criticism of the league that hurt.', 'criticism'],
    ['He drew cheers by his attacks on the banks.', 'attacks'],
    ['The gap between his claims and the facts grew.', 'claims'],
    ['Seen from the hill, her praise of the view was apt.', 'praise'],
  ])('governingVerbStart leaves alone: %s', (text, noun) => {
    expect(governing(text, noun)).toBeNull();
  });
});

describe('cues/nominal-verb: light verbs and verbs of backing', () => {
  it.each([
    ['The coach launched a scathing attack on the referee.', 'attack', ['launched a scathing ', 'scathing ']],
    ['The mayor has made an impassioned plea for calm.', 'plea', ['has made an impassioned ', 'impassioned ']],
    ['Fans heaped praise on the keeper.', 'praise', ['heaped ', '']],
  ])('lightVerbBefore: %s', (text, noun, want) => {
    expect(chain(lightVerbBefore, text, noun)).toEqual(want);
  });

  it.each([
    // "of" is no modifier; a possessive pronoun is the governing verb's, no light verb's
    ['The report raised the issue of support for farmers.', 'support'],
    ['The nurses have dropped their endorsement of the plan.', 'endorsement'],
  ])('lightVerbBefore leaves alone: %s', (text, noun) => {
    expect(chain(lightVerbBefore, text, noun)).toBeNull();
  });

  it.each([
    ['The plan has the support of three unions.', 'support', ['has the ', '']],
    ['Ida Ek won the endorsement of two unions.', 'endorsement', ['won the ', '']],
  ])('backingVerbBefore: %s', (text, noun, want) => {
    expect(chain(backingVerbBefore, text, noun)).toEqual(want);
  });

  it.each([
    ['The plan needs the support of three unions.', 'support'],
    ['She read the endorsement of the farmers.', 'endorsement'],
  ])('backingVerbBefore leaves alone: %s', (text, noun) => {
    expect(chain(backingVerbBefore, text, noun)).toBeNull();
  });
});

describe('cues/nominal-verb: subjectBeforeVerb', () => {
  it.each([
    // back to the last comma; a parenthesis right before the verb is left out
    ['By Friday, several senators had renewed their attacks.', 'had renewed', 'several senators'],
    ['Sen. Ada Ek (D-Ore.) renewed her attacks.', 'renewed', 'Sen. Ada Ek'],
  ])('%s', (text, verb, want) => {
    const s = subjectBeforeVerb(text, text.indexOf(verb), 0);
    expect(s === null ? null : text.slice(s.start, s.end)).toBe(want);
  });

  it.each([
    // more than eight words, or none
    ['The long-serving head of the regional water and sewage board for the northern district renewed her attacks.', 'renewed'],
    [', renewed her attacks.', 'renewed'],
  ])('leaves alone: %s', (text, verb) => {
    expect(subjectBeforeVerb(text, text.indexOf(verb), 0)).toBeNull();
  });
});
