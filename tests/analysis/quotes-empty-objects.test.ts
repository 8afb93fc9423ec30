// Objects after a cue that report nothing: a linking adverb alone ("spoke out, however"), a relative clause on the
// noun before the cue ("the clause to which she was pointing, which her deputy drafted, ..."; quotes/content-after.ts) and the
// vehicle of a statement ("issued a statement"; quotes/finalize.ts, lexicon/empty-contents.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from './quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: objects that report nothing', () => {
  it.each<[string, M[], string[][]]>([
    ['The harbour pilots spoke out on Tuesday, however.', [['The harbour pilots', 'group', null]], []],
    ['The union spoke out on Monday, nonetheless.', [['The union', 'organization', null]], []],
    ['The clause to which Ana Lind was referring, which her deputy drafted, covers the ferries.', [['Ana Lind', 'name', null]], []],
    ['The bakery chain issued a statement.', [['The bakery chain', 'organization', null]], []],
    ['The ministry released a brief statement.', [['The ministry', 'organization', null]], []],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a word standing for a claim named before stays, a linking adverb after it or not
    ['The union doubted it, however.', [['The union', 'organization', null]], [['it, however', 'doubted']]],
    // a relative pronoun with no comma opens a question the cue reports
    ['The mayor asked who had signed the order.', [['The mayor', 'description', null]], [['who had signed the order', 'asked']]],
    // a statement with a clause after it says something
    ['The bakery chain issued a warning that prices would rise.', [['The bakery chain', 'organization', null]], [['prices would rise', 'a warning']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});
