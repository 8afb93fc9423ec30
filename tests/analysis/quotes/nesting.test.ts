// A cue inside another quote's content (quotes/nesting.ts): nested speech is left to the outer quote, except a noun of
// saying inside the clause of an agentless passive, which keeps its own record beside the passive's.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

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
