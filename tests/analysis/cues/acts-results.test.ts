import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A company's results filed (cues/acts-results.ts, read by acts-plain-news.ts for "report"), and "report" where it
// still reports someone's words: results that are a clause's subject, a count of people or things, losses of a fight.
describe('cues: results filed', () => {
  it.each([
    ['Ostrel Foods reported a net loss of 12 million euros.'],
    ['The brewer on Monday reported half-year sales of 880 million pounds, up from 790 million.'],
    ['Kelby Air reported record profits for the half year.'],
    ['Pellam Mining reported an operating loss of 2.1 billion yen.'],
    ['The lender reported margins of 9 percent in its home market.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // results that are a clause's subject, a report that is not of results
    ['The brewer reported sales fell 3 percent.', ['reported']],
    ['Ostrel reported profits were above forecasts.', ['reported']],
    ['Inspectors reported a loss of confidence among staff.', ['reported']],
    ['The ministry reported that tax revenue of 2 billion had gone missing.', ['reported']],
    // a count of people or things after "of" is what someone says happened, not a result filed
    ['The navy reported losses of 14 sailors in the storm.', ['reported']],
    ['The agency reported a loss of 60 lives in the landslide.', ['reported']],
    ['A trade journal reported sales of nine frigates to the coastguard.', ['reported']],
    // a second determiner opens a clause's object: the clause is what is reported
    ['The auditor reported the trust posted a loss.', ['reported']],
    // a loss before a pause is a result only when named as one ("a net loss."); losses of a fight are reported
    ['The militia reported heavy losses.', ['reported']],
    ['The fire crews reported serious losses; two barns burned down.', ['reported']],
    // a contrast after the results goes on into a clause, which is what is reported
    ['The regulator reported fares, not wages, would rise.', ['reported']],
    ['The co-op reported exports, not imports, had doubled.', ['reported']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
