// A comma and a short phrase before a later cue that open no second clause (quotes/content-end-cuts.ts noNewClause):
// the last items of a list, or a relative clause on a noun of the content whose cue is no verb of saying or writing.
// The content goes on over them. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a list or a relative clause on a noun does not end the content', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['The survey found that tenants, students, retirees and nurses backed the rent cap.', [['The survey', 'description', null]],
      [['tenants, students, retirees and nurses backed the rent cap', 'found']]],
    ['Ada Kim said nurses, porters, cooks and cleaners opposed the pay deal.', [['Ada Kim', 'name', 0]],
      [['nurses, porters, cooks and cleaners opposed the pay deal', 'said']]],
    ['Ada Kim said the cuts would hit small towns, where voters have long opposed the plan.', [['Ada Kim', 'name', 0]],
      [['the cuts would hit small towns, where voters have long opposed the plan', 'said']]],
    ['Ada Kim said the mill would stay in Dunmore, whose workers strongly opposed a move.', [['Ada Kim', 'name', 0]],
      [['the mill would stay in Dunmore, whose workers strongly opposed a move', 'said']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[][]]>([
    // a conjunction after the comma joins a clause of its own, even with two names in its subject
    ['Ada Kim said rain fell in Arlo, Tarn and Vell, and Dunmore and Ost reported flooding.', [['Ada Kim', 'name', 0]],
      [['rain fell in Arlo, Tarn and Vell', 'said'], ['flooding', 'reported']]],
    // no list before the comma: the pair is the subject of a second clause
    ['Ada Kim said the river had risen, but Tarn and Vell reported no flooding.', [['Ada Kim', 'name', 0]],
      [['the river had risen', 'said'], ['no flooding', 'reported']]],
    // a verb of saying in the relative clause is a second attribution
    ['Ada Kim said the tour would end in Arlo, where the mayor announced her first campaign.', [['Ada Kim', 'name', 0], ['the mayor', 'description', null]],
      [['the tour would end in Arlo', 'said'], ['her first campaign', 'announced']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});
