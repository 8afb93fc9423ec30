// A cue after a relative pronoun on the subject (quotes/relative-subject.ts): the relative clause's own cue takes
// the antecedent as its speaker and ends at the main verb; an anonymity formula in it reports nothing. Invented
// texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

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
