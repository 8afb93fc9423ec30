// After a listener verb ("told", "assured") the listener ends where the reported clause's subject begins:
// the clause's verb may be a lexical one ("the company lost money", "the district faces a deficit"), and a
// subject pronoun may carry a contraction ("she’s ready"). quotes/content-start.ts. Invented texts; hand-built
// mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const MARA: M[] = [['Mara Quist', 'name', 0]];
const contents = (text: string) => runQuotes(text, MARA).map((q) => q.text);

describe('quotes: the listener after "told" stays out of a reported clause with a lexical verb', () => {
  it.each<[string, string[]]>([
    ['Mara Quist told reporters the company lost money.', ['the company lost money']],
    ['Mara Quist told the board the district faces a deficit.', ['the district faces a deficit']],
    ['Mara Quist told reporters the mayor supported the plan.', ['the mayor supported the plan']],
    ['Mara Quist told The Tarn Courier the council cut the budget.', ['the council cut the budget']],
    ['Mara Quist told voters she’s ready to serve.', ['she’s ready to serve']],
    ['Mara Quist assured staff they’d keep their jobs.', ['they’d keep their jobs']],
    // a name subject does not go on a capitalised listener: the whole name is the listener
    ['Mara Quist told the Tarn Guild the hall would close.', ['the hall would close']],
  ])('%s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // a participle right after the article is no verb: no clause, the object stays whole
    ['Mara Quist told the board the revised plan in detail.', ['the board the revised plan in detail']],
    // a plural noun after the article is no verb either
    ['Mara Quist told reporters the results of the tests.', ['reporters the results of the tests']],
    ['Mara Quist told the jury the whole story again.', ['the jury the whole story again']],
    // a listener never ends in a preposition, a determiner or a number: what follows is its own noun, not a subject
    ['Mara Quist told residents of three Tarn Valley towns to leave now.', ['residents of three Tarn Valley towns to leave now']],
    ['Mara Quist told residents of 40 Tarn farms the water was unsafe.', ['residents of 40 Tarn farms the water was unsafe']],
    ['Mara Quist told members of the Tarn Guild the hall would close.', ['members of the Tarn Guild the hall would close']],
  ])('leaves alone: %s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});
