// An unnamed spokesperson's words are the body's they speak for (speakers/spokespeople.ts): the canonical speaker is
// the body, the mention stays the spokesperson's phrase and the role is kept; a named spokesperson keeps their name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string): string[] =>
  analyze({ id: 't', text }).quotes.map((q) => `${q.speaker ?? null}/${q.speakerKind}/${q.speakerMention?.text ?? null}/${q.role ?? null}`);

describe('speakers: a spokesperson speaks for a body', () => {
  it.each([
    ['A spokesman for the Harbour Guild said the fees would rise.',
      ['Harbour Guild/organization/A spokesman for the Harbour Guild/spokesman']],
    // a pronoun resolved to the spokesperson speaks for the body too
    ['A spokesperson for the Ostby Water Board said the pipes were safe. She added that tests would go on.',
      ['Ostby Water Board/organization/A spokesperson for the Ostby Water Board/spokesperson', 'Ostby Water Board/organization/She/spokesperson']],
    // a person spoken for, named right after
    ['A spokeswoman for Mayor Ida Renn said the plan was ready.', ['Ida Renn/person/A spokeswoman/spokeswoman']],
    // the body as a modifier or a possessor; one word may open a name met before
    ['The Tallo Group cut jobs on Monday. A Tallo spokesman said more cuts would follow.',
      ['Tallo Group/organization/A Tallo spokesman/spokesman']],
    ["The Vell Ministry's spokeswoman said the border would reopen.",
      ['Vell Ministry/organization/Vell Ministry\'s spokeswoman/spokeswoman']],
    // the body then named by its kind word alone is the body spoken for (kindOnlyBodies)
    ['A spokeswoman for the Norby Water Trust said the dunes were eroding. The trust said it would plant grass.',
      ['Norby Water Trust/organization/A spokeswoman for the Norby Water Trust/spokeswoman', 'Norby Water Trust/organization/The trust/null']],
    ['A spokesman for the Tarnby Cycling Federation said the test was clear. The federation added that it would not appeal.',
      ['Tarnby Cycling Federation/organization/A spokesman for the Tarnby Cycling Federation/spokesman', 'Tarnby Cycling Federation/organization/The federation/null']],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  // the body named by its kind word alone (spokespeople-kind.ts): the body that word refers back to, else the word's own
  it.each([
    ['Tallo Motors cut 300 jobs on Monday. A spokeswoman for the company said more cuts would follow.',
      'Tallo Motors/organization/A spokeswoman for the company/spokeswoman'],
    ['The Harbour Pilots Guild called the ban unsafe. A spokesman for the guild said it would sue.',
      'Harbour Pilots Guild/organization/A spokesman for the guild/spokesman'],
    ['The Ostby Water Board raised prices again. A board spokesman said the rise was needed.',
      'Ostby Water Board/organization/A board spokesman/board spokesman'],
    ["Kessler Freight Ltd lost the contract. The company's spokeswoman said an appeal was likely.",
      "Kessler Freight Ltd/organization/The company's spokeswoman/spokeswoman"],
    ['A spokeswoman for the company said more cuts would follow.', 'the company/organization/A spokeswoman for the company/spokeswoman'],
  ])('by its kind word: %s', (text, expected) => {
    expect(rows(text).at(-1)).toBe(expected);
  });

  it.each([
    // a named spokesperson is a person of their own
    ['Ola Brisk, a spokesman for the Velm Transit Authority, said fares would rise.', 'Ola Brisk/person/Ola Brisk/spokesman'],
    // a nation's people are no body
    ['An Ardanian spokesman said the talks had gone well.', 'an Ardanian spokesman/person/An Ardanian spokesman/spokesman'],
    ['An Italian spokesman said the talks had gone well.', 'an Italian spokesman/person/An Italian spokesman/spokesman'],
    // no body named at all
    ['A spokeswoman said the shop would stay shut.', 'a spokeswoman/person/A spokeswoman/spokeswoman'],
    // a word that is no kind of organisation ("the family", a group of its own), and a named spokesperson for a body
    // named by its kind
    ['A spokesman for the family said the funeral would be private.', 'family/group/A spokesman/spokesman'],
    ['A police spokesman said the road would reopen.', 'a police spokesman/person/A police spokesman/police spokesman'],
    ['Ola Brisk, a spokesman for the company, said fares would rise.', 'Ola Brisk/person/Ola Brisk/spokesman'],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual([expected]);
  });

  it.each([
    // a kind word the body spoken for does not carry: another body
    ['A spokesman for the Velm Water Board said the pipes were safe. The union said the tests were a sham.', 'the union/organization/The union/null'],
    // a body known by its kind before the spokesperson spoke: another body
    ['The trust said the dunes were eroding. A spokeswoman for the Norby Water Trust said grass would help.', 'the trust/organization/The trust/null'],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});
