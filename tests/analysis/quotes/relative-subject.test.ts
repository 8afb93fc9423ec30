// A cue after a relative pronoun on the subject (quotes/relative-subject.ts): the relative clause's own cue takes
// the antecedent as its speaker and ends at the main verb; an anonymity formula in it reports nothing. Invented
// texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';
import { analyze } from '../../../src/analysis/index.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

describe('quotes: a relative clause on the subject with a cue of its own', () => {
  it.each<[string, M[], string[][]]>([
    ['The cook who wants to open a cafe said rents were high.', [['The cook', 'description', 0]],
      [['to open a cafe', 'wants', 'The cook who'], ['rents were high', 'said', 'The cook']]],
    ['Voters who want change say the mayor is best.', [['Voters', 'group', 0]],
      [['change', 'want', 'Voters who'], ['the mayor is best', 'say', 'Voters']]],
  ])('ends the relative at the main verb: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map((q) => [q.text, q.cue?.text, q.speakerMention?.text])).toEqual(expected);
  });

  it('runs a reported clause on over an object relative aside to its verb (the outer attribution, as nesting keeps)', () => {
    const qs = runQuotes('The mayor said the plan, which voters want, is fair.', [['The mayor', 'description', 0], ['voters', 'group', 1]]);
    expect(qs.map((q) => [q.text, q.cue?.text])).toEqual([['the plan, which voters want, is fair', 'said']]);
  });

  it.each([
    'One nurse, who asked not to be named, said shifts were long.',
    'A nurse, who asked that her name not be used, said shifts were long.',
  ])('drops the anonymity formula, keeps the report: %s', (text) => {
    expect(runQuotes(text, [['nurse', 'description', 0]]).map((q) => q.text)).toEqual(['shifts were long']);
  });
});

describe('quotes: a relative clause between the subject and its cue', () => {
  it.each([
    ['Ann Lee, who runs the city, said Tom Reyes was right.', 'Tom Reyes was right'],
    ['Ann Lee, who runs the city, said Mr. Reyes had lied.', 'Mr. Reyes had lied'],
    ['Ann Lee, who met the mayor on Monday, said the talks failed.', 'the talks failed'],
  ])('keeps a clause after "X, who ..., said" as the content: %s', (text, content) => {
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([[content, 'Ann Lee']]);
  });

  it('keeps the clause after "a neighbour, who ..., said" as content, not as the speaker', () => {
    const qs = runQuotes('A neighbour, who asked not to be named, said she saw the fire.');
    expect(qs.filter((q) => q.cue?.text === 'said').map((q) => [q.text, q.rule])).toEqual([['she saw the fire', 'X-said-content']]);
  });
});

describe('quotes: a part of the antecedent before the cue ("one of whom said") is an unnamed speaker', () => {
  const who = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.speaker, q.speakerMention?.text ?? null]);
  it.each<[string, (string | null)[][]]>([
    ['The fans, some of whom say the ground is unsafe, stayed away.', [['the ground is unsafe, stayed away', null, 'some of whom']]],
    ['The players, 12 of whom said they were injured, missed training.', [['they were injured, missed training', null, '12 of whom']]],
  ])('caught: %s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
  it.each<[string, (string | null)[][]]>([
    // the whole antecedent speaks: the relative pronoun alone
    ['The nurse, who said she was tired, left early.', [['she was tired, left early', null, 'The nurse, who']]],
    // the part's own clause closes before the cue: the whole antecedent is the cue's subject
    ['Two nurses, one of whom was tired, said the ward was short of staff.', [['the ward was short of staff', 'Two nurses', 'Two nurses']]],
  ])('left alone: %s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});
