// A belief or an intention after a bare "and" in a content of one clause shares that clause's subject:
// "said she was calm and expected to win" is one content, not a second attribution (quotes/content-end-goes-on.ts);
// after a stance's or an intention's bare object ("wants a cap on rents and hopes to ...") there is no clause to share.
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);
const EVA: M[] = [['Eva Lunde', 'name', 0]];

describe('quotes: a belief or intention after a bare "and" goes on with the reported clause', () => {
  it.each<[string, string[][]]>([
    ['Eva Lunde told the paper that she was calm and expected to win easily.', [['she was calm and expected to win easily', 'told']]],
    ['Eva Lunde said the club was hiring and wanted a new coach by May.', [['the club was hiring and wanted a new coach by May', 'said']]],
    // an object and its infinitive are no clause of the belief's own
    ['Eva Lunde said the firm was in talks and expected a deal to close in May.', [['the firm was in talks and expected a deal to close in May', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text, EVA)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a verb of saying after the 'and' is the speaker's second act
    ['Eva Lunde said the road was closed and urged drivers to wait.', [['the road was closed', 'said'], ['drivers to wait', 'urged']]],
    // after a comma and 'and' the belief is a clause of its own
    ['Eva Lunde said the road was closed, and hoped it would reopen soon.', [['the road was closed', 'said'], ['it would reopen soon', 'hoped']]],
    // a belief with a clause of its own (a subject and a finite verb, or 'that') is a second report
    ['Eva Lunde said she respected the fans and hoped the club could stay united.', [['she respected the fans', 'said'], ['the club could stay united', 'hoped']]],
    ['Eva Lunde said the vote was close and believed it would pass.', [['the vote was close', 'said'], ['it would pass', 'believed']]],
    ['Eva Lunde said the mill was shut and feared that the jobs were gone.', [['the mill was shut', 'said'], ['the jobs were gone', 'feared']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text, EVA)).toEqual(expected);
  });

  // a stance's, a belief's or an intention's bare object (or infinitive) is no clause: the second verb is the speaker's
  it.each<[string, string[][]]>([
    ['Eva Lunde wants a cap on night shifts and is seeking a bonus for holiday work.', [['a cap on night shifts', 'wants'], ['a bonus for holiday work', 'is seeking']]],
    ['Eva Lunde opposes the new harbour toll and plans to fight it at the state level.', [['the new harbour toll', 'opposes'], ['to fight it at the state level', 'plans']]],
    ['Eva Lunde backs the stadium bid and hopes to see it built by 2030.', [['the stadium bid', 'backs'], ['to see it built by 2030', 'hopes']]],
    ['Eva Lunde wants to close the old depot and expects a vote on it in May.', [['to close the old depot', 'wants'], ['a vote on it in May', 'expects']]],
  ])('object, then a second stance: %s', (text, expected) => {
    expect(rows(text, EVA)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a clause after a belief (an auxiliary, a past form) still shares its subject with the verb after 'and'
    ['Eva Lunde thinks the ferry is safe and hopes to ride it soon.', [['the ferry is safe and hopes to ride it soon', 'thinks']]],
    ['Eva Lunde believes the mill reopened quietly and wanted more staff by spring.', [['the mill reopened quietly and wanted more staff by spring', 'believes']]],
    // a verb of saying may drop its "that" before a clause with no auxiliary: left as it was
    ['Eva Lunde said growers feared the frost and hoped for rain.', [['growers feared the frost and hoped for rain', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text, EVA)).toEqual(expected);
  });
});
