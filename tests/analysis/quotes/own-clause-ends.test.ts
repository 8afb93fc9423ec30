// Two ends of a content set by what follows it (quotes/content-end-goes-on.ts, content-end.ts): a second past perfect after a bare
// "and" is the reported clause's own verb, not the speaker's act; a time measure set off by a comma before
// "after"/"before" frames the writer's main clause, so a report inside it is a second one.
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const ADA: M[] = [['Ada Kim', 'name', 0]];
const rows = (text: string) => runQuotes(text, ADA).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a backshifted second verb goes on; a comma-framed time clause ends the content', () => {
  it.each<[string, (string | null)[][]]>([
    ['Ada Kim told the board she had no role in the deal and had declared her shares in 2019.',
      [['she had no role in the deal and had declared her shares in 2019', 'told']]],
    ['Ada Kim denied that she had lied, a day after a report by the auditor said the fund was empty.',
      [['she had lied', 'denied'], ['the fund was empty', 'said']]],
    ['Ada Kim said she would stay, hours after the council said it would act.',
      [['she would stay', 'said'], ['it would act', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // no past perfect in the first content: 'had declared' is the speaker's own second act
    ['Ada Kim said the plan was sound and had declared her support for it.', [['the plan was sound', 'said'], ['her support for it', 'had declared']]],
    // 'after' with no comma and no time measure is part of what was said
    ['Ada Kim said she quit after the mayor asked her to.', [['she quit after the mayor asked her to', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
