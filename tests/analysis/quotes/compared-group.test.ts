// A group set against the speakers with its own verb of saying ends the first content (quotes/content-end-cuts.ts):
// ", compared with 35 percent who said ...", ", while 30 percent said ..." after a verb of saying. A comparison with
// no saying of its own, and a share's answer inside a finding, stay in the content. Invented texts.
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.text, q.cue?.text ?? null];

describe('quotes: a compared group that says something itself is a second attribution', () => {
  it.each<[string, (string | null)[][]]>([
    ['About 40 percent said the ferry levy was fair, compared with 35 percent who said it was too high.',
      [['the ferry levy was fair', 'said'], ['it was too high', 'said']]],
    ['Sixty percent of the anglers said the lake should close, compared to 25 percent who said it should stay open.',
      [['the lake should close', 'said'], ['it should stay open', 'said']]],
    ['Just under half said the choir needed a new conductor, versus four in 10 who said the old one should stay.',
      [['the choir needed a new conductor', 'said'], ['the old one should stay', 'said']]],
    ['Most season-ticket holders said the club should sell its striker, while 30 percent said he should stay.',
      [['the club should sell its striker', 'said'], ['he should stay', 'said']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a comparison with no saying of its own is part of what was said
    ['The bakery chain said sales rose 4 percent, compared with 2 percent a year earlier.',
      [['sales rose 4 percent, compared with 2 percent a year earlier', 'said']]],
    // a compared group's stance, not its saying: the finding holds both shares
    ['The Tarn poll found 60 percent approve of the harbour plan, compared with 30 percent who disapprove.',
      [['60 percent approve of the harbour plan, compared with 30 percent who disapprove', 'found']]],
    // a speaker who is no share reports the shares, the second one's saying included
    ['The harbour agency reported that 60 percent of skippers said catches rose, while 30 percent said they fell.',
      [['60 percent of skippers said catches rose, while 30 percent said they fell', 'reported']]],
    ['The mayor said 70 percent of tenants had renewed, while 20 percent said they never would.',
      [['70 percent of tenants had renewed, while 20 percent said they never would', 'said']]],
    ['Researchers wrote that half the patients improved, compared with a third who said they felt worse.',
      [['half the patients improved, compared with a third who said they felt worse', 'wrote']]],
    // a share's answer inside a finding stays in what was found
    ['The survey found 54% of drivers back the toll, while 41% said they oppose it.',
      [['54% of drivers back the toll, while 41% said they oppose it', 'found']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});
