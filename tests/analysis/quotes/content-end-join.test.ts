// "said A, but B, it added": a clause joined by a comma and a conjunction after a report, framed by a second cue after
// it, is that cue's content, and the first report ends at the join (quotes/content-end-join.ts, read by
// content-before.ts and content-end.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { accordingToEnd, clauseJoin, framedClauseJoin } from '../../../src/analysis/quotes/content-end-join.js';

const records = (text: string): [string, string | undefined][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text]);

describe('quotes: a joined clause framed by a cue of its own', () => {
  it.each<[string, [string, string][]]>([
    ['The ferry company said fares would rise in June, but older passengers would travel free, it added.',
      [['fares would rise in June', 'said'], ['older passengers would travel free', 'added']]],
    ['The coach said the team had played well, and the result was fair, he added.',
      [['the team had played well', 'said'], ['the result was fair', 'added']]],
    ['Officials said the dam held, but the river was still rising, the agency reported.',
      [['the dam held', 'said'], ['the river was still rising', 'reported']]],
  ])('%s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});

describe('quotes: a joined clause framed by a source after "according to"', () => {
  it.each<[string, [string, string][]]>([
    ['The mayor said the bridge would reopen in May, but the work could slip, according to the engineers.',
      [['the bridge would reopen in May', 'said'], ['the work could slip', 'according to']]],
    ['The club said ticket sales were up, and the new stand would open in August, according to a report in the local paper.',
      [['ticket sales were up', 'said'], ['the new stand would open in August', 'according to']]],
  ])('%s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
  it.each<[string, [string, string][]]>([
    // a contrast with no clause of its own goes on with the first report
    ['The mayor said the bridge would reopen in May, but not before the tolls rise, according to the engineers.',
      [['the bridge would reopen in May, but not before the tolls rise', 'said'], ['not before the tolls rise', 'according to']]],
    // a source with a clause of its own after it: the joined clause stays with the first report
    ['The firm said fares would rise, but pensioners would ride free, according to a notice that said the change was final.',
      [['fares would rise, but pensioners would ride free', 'said'], ['pensioners would ride free', 'according to'], ['the change was final', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});

describe('clauseJoin: the join, only before a clause of its own', () => {
  const at = (text: string): string | null => {
    const after = text.indexOf(' said') + ' said'.length;
    const j = clauseJoin(text, after, text.lastIndexOf(','));
    return j === null ? null : text.slice(j.clause, text.lastIndexOf(','));
  };
  it.each([
    ['The firm said fares would rise, but pensioners would ride free, it added.', 'pensioners would ride free'],
  ])('%s', (text, expected) => {
    expect(at(text)).toBe(expected);
  });
  it.each([
    // a contrast with no clause of its own goes on with the first report
    ['She said the plan would fail, but not for the reasons critics gave, she added.'],
    ['He said the vote was fair, and only after a recount, he added.'],
    // no finite verb in the joined words: a noun phrase, not a clause
    ['She said the club needs a new stand, and a bigger car park, she added.'],
    // no join at all
    ['The mayor said the bridge would close in May, officials added.'],
  ])('leaves alone: %s', (text) => {
    expect(at(text)).toBeNull();
  });
});

describe('framedClauseJoin: the join, only when the second cue ends the sentence with a short tail', () => {
  const text = 'The firm said fares would rise, but pensioners would ride free, it added';
  const after = text.indexOf(' said') + ' said'.length;
  const at = text.lastIndexOf(',');
  it.each([
    [' on Monday.', true],
    [' in a statement.', true],
    // a clause of its own after the second cue: that cue reports it, not the joined clause
    [' that the fund was short.', false],
    [' in a long statement sent to every member of the board and the staff late on Monday.', false],
  ])('tail %j', (tail, joined) => {
    expect(framedClauseJoin(text, after, at, tail) !== null).toBe(joined);
  });
});

describe('accordingToEnd: where a report ends before a second source\'s "according to"', () => {
  const end = (text: string): string | null => {
    const after = text.indexOf(' said') + ' said'.length;
    const at = text.indexOf('according to');
    const e = accordingToEnd(text, after, at, text.slice(at + 'according to'.length));
    return e < 0 ? null : text.slice(after, e).trim();
  };
  it.each<[string, string | null]>([
    ['The warden said the park was safe, but according to the rangers the trails are flooded.', 'the park was safe'],
    ['The warden said the park was safe, but the lake was closed, according to the rangers.', 'the park was safe'],
    // no comma before the source, or fewer than two words before it: no end here
    ['The warden said the park was safe according to the rangers.', null],
    ['The warden said yes, according to the rangers.', null],
  ])('%s', (text, expected) => {
    expect(end(text)).toBe(expected);
  });
});
