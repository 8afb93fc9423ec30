import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A promise in -s ("vows", "promises", "pledges") with its infinitive is the verb after a name, or after the comma of a
// sentence-case headline whose second verb has its subject elided.
describe('cues: a promise in -s with its infinitive after a name or a headline comma', () => {
  it.each([
    ["Orla Venn vows to 'clean house'.", ['vows']],
    ["Venn wins runoff, vows to 'clean house'", ['vows']],
    ['Tarnix unveils new tablet, promises to add longer battery life', ['promises']],
  ])('finds the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a comma in a body sentence: the plural after it is a noun in apposition
    ['He made two pledges, promises to cut fares and more.', []],
    // a headline comma, but no infinitive after the form
    ['Venn wins runoff, vows and pledges', []],
  ])('leaves it alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// In a Title Case headline the infinitive's verb is capitalised too, and the short words ("to", "the", "on") stay in
// lower case, so the line's share of capitals is counted without them (headline.ts titlePromise).
describe('cues: a promise in -s with its capitalised infinitive in a Title Case headline', () => {
  const headline = (line: string): string => `${line}\n\nThe rest of the story follows in the body.`;
  it.each([
    ['Harlow Vows to Reopen the Pier by Summer', ['Vows']],
    ['Transit Chief Pledges to “Fix the Buses” on Northern Routes', ['Pledges']],
    ['Dockworkers Union Promises to Discuss Shift Pattern', ['Promises']],
    ['Ruiz Vows to Fight On After Narrow Defeat in the Primary', ['Vows']],
    // a sum after the infinitive, or a verb of reaching inside the promise's own clause
    ['Ferry Operator Pledges to Cut Fares by $3 From Spring', ['Pledges']],
    ['Governor Vows to Help Farm Exports Top $5 Billion', ['Vows']],
    ['Council Promises to Hit 5,000 New Homes by 2030', ['Promises']],
  ])('finds the verb: %s', (line, expected) => {
    expect(verbCues(headline(line))).toEqual(expected);
  });

  it.each([
    // a plural after "to": the form is a noun with its object ("pledges to voters")
    ['Campaign Pledges to Voters Go Unmet in the Valley'],
    // a place or a known body after "to": the noun's recipient ("pledges to Kyiv", "promises to Nato")
    ['Western Pledges to Kyiv Fall Short of the Target'],
    ['Labour Pledges to Scotland Under Scrutiny at Conference'],
    ['Donor Promises to Nato Slip as Budgets Tighten'],
    // a name after "to", then the headline's own verb of reaching a sum: the name is the recipient
    ['Donor Pledges to Marsh Wildlife Fund Top $4 Million'],
    ['Charity Promises to Kell Hospice Pass 40,000 in a Week'],
    ['Alumni Pledges to Brent College Reach £9 Million Goal'],
    // a determiner or a pronoun after "to": no infinitive
    ['Festival Promises to The Town Kept at Last'],
    ['Wedding Vows to Him Read Aloud at the Chapel'],
    // a body sentence, not a headline: a capital after "to" opens a name ("the vows to Ana Ruiz")
    ['Her vows to Ana Ruiz were short. The rest of the ceremony followed.'],
    // a headline mostly in lower case: the capital after "to" is a name's
    ['Old family vows to Lake Orla renewed at dawn'],
  ])('leaves it alone: %s', (line) => {
    expect(verbCues(headline(line))).toEqual([]);
  });
});

