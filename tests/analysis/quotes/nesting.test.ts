// A cue inside another quote's content (quotes/nesting.ts): nested speech is left to the outer quote, except a noun of
// saying inside the clause of an agentless passive, which keeps its own record beside the passive's.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

/** [cue, content] of each record. */
const rows = (text: string): [string | null, string][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text]);

describe('a noun of saying inside an agentless passive keeps its record', () => {
  it.each<[string, [string, string][]]>([
    ['The plan is expected to pass despite his warning that it would cost too much.', [
      ['is expected', 'The plan is expected to pass despite his warning that it would cost too much'],
      ['warning', 'it would cost too much'],
    ]],
    ['Guards have been accused of beating inmates, with claims of abuse in two prisons.', [
      ['have been accused of', 'Guards have been accused of beating inmates, with claims of abuse in two prisons'],
      ['claims of', 'abuse in two prisons'],
    ]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each<[string, [string, string][]]>([
    // a verb inside the outer content: nested speech, the outer record only
    ['Ana Feld said Ivo Sarn had promised that the pier would reopen.', [['said', 'Ivo Sarn had promised that the pier would reopen']]],
    // a noun of saying inside a speaker's report: the outer record only
    ['The union said the strike would go on despite the firm\'s warning that jobs were at risk.', [
      ['said', 'the strike would go on despite the firm\'s warning that jobs were at risk'],
    ]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: a quote after a cue inside another content', () => {
  it('stays in the outer content, one partial quote', () => {
    const qs = runQuotes('A spokeswoman said the firm never discusses “rumours.”', [['A spokeswoman', 'description', 0], ['the firm', 'organization', 1]]);
    expect(qs.map(row)).toEqual([['partial', 'the firm never discusses “rumours.”', 'said']]);
  });

  it('still lets a closed quote with its own attribution win over a longer reading', () => {
    const qs = runQuotes('Ann Lee said more. “We will win,” she said.', [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]]);
    expect(qs.map(row)).toEqual([['indirect', 'more', 'said'], ['direct', 'We will win,', 'said']]);
  });
});
