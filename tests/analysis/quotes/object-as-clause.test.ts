// A bare object, then 'as' and a clause with its own subject and finite verb: the writer's time or reason ends
// the content (quotes/content-end-alone.ts OBJECT_THEN_AS_CLAUSE). Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const ADA: M[] = [['Ada Kim', 'name', 0]];
const contents = (text: string) => runQuotes(text, ADA).map((q) => q.text);

describe('quotes: an object ends before an as-clause with its own subject', () => {
  it.each<[string, string[]]>([
    ['Ada Kim condemned the closure of the clinic as the inquiry widened.', ['the closure of the clinic']],
    ['Ada Kim praised the nurses as the ward reopened.', ['the nurses']],
    ['Ada Kim backed the plan even as her party turned against it.', ['the plan']],
    ['Ada Kim denies role in leak as inquiry widens', ['role in leak']],
    ['Ada Kim welcomed the vote as turnout rose.', ['the vote']],
  ])('%s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // 'as' with a predicate, no clause
    ['Ada Kim portrayed the rebels as criminals with guns.', ['the rebels as criminals with guns']],
    ['Ada Kim described the mayor as widely liked.', ['the mayor as widely liked']],
    // a clause content keeps its own as-clause
    ['Ada Kim said the water would be cut as the reservoirs fell.', ['the water would be cut as the reservoirs fell']],
    // an infinitive in the object is a clause too
    ['Ada Kim sought to calm voters as she toured the coast.', ['to calm voters as she toured the coast']],
    // an adjective and a plural after 'as' in running text are a predicate ('good news' is no subject and verb)
    ['Ada Kim welcomed the ruling as good news for the valley.', ['the ruling as good news for the valley']],
    ['Ada Kim hailed the vote as fresh proof of support.', ['the vote as fresh proof of support']],
  ])('leaves alone: %s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});
