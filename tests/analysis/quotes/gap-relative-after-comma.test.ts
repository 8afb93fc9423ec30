// ", not the 18 percent the board assumed.": after a comma, a noun, a subject and a cue with its object gap
// are a relative clause whose content is that noun (quotes/gap-relative.ts), not a "CONTENT, X said." report
// of the sentence before the comma (quotes/content-before.ts). Verbs of saying keep the tail reading: a
// description and a name before "said" are in apposition. A result set against a consensus ("compared with the figure
// analysts had expected") is such a relative too, and so is a claim noun's (", a figure the council disputes."), with a bare plural subject (and who polled them: "analysts polled by X"). Invented texts; hand-built mentions
// (quote-run.ts), and the whole pipeline for the comparison rows.
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: an object-gap relative after a comma is no tail attribution', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['Ada Kim noted that the cost rose 6 percent, not the 18 percent the board assumed.', [['Ada Kim', 'name', 0], ['the board', 'group', null]],
      [['the cost rose 6 percent', 'noted'], ['the 18 percent the board assumed', 'assumed']]],
    ['Ivo Berg called the levy a tax, a label the mayor later repeated.', [['Ivo Berg', 'name', 0], ['the mayor', 'group', null]],
      [['the levy a tax', 'called'], ['a label the mayor later repeated', 'later repeated']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[][]]>([
    // a description and a name before a verb of saying: "CONTENT, X said."
    ['All ferries are cancelled today, the ferry firm Tarnlink said.', [['Tarnlink', 'organization', 0]], [['All ferries are cancelled today', 'said']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});

const whole = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a result set against a consensus ("compared with the figure analysts had expected")', () => {
  it.each<[string, (string | null)[][]]>([
    ['The brewer’s profit rose 4%, compared with the figure analysts had expected.', [['the figure analysts had expected', 'had expected']]],
    ['Ticket sales fell 3%, below the 5% drop economists had forecast.', [['the 5% drop economists had forecast', 'had forecast']]],
    ['Exports grew 6% in June, above the 4% analysts had estimated.', [['the 4% analysts had estimated', 'had estimated']]],
    // a verb of saying too, after the comparison
    ['Quarterly revenue reached $2 billion, ahead of the total traders had predicted.', [['the total traders had predicted', 'had predicted']]],
    // the consensus's makers with who polled them
    ['Rail freight grew 8%, above the 5% analysts polled by Kestrel Data had expected.', [['the 5% analysts polled by Kestrel Data had expected', 'had expected']]],
    ['The insurer earned $3 billion, short of the $3.4 billion brokers surveyed by the Lantern Group had forecast.', [['the $3.4 billion brokers surveyed by the Lantern Group had forecast', 'had forecast']]],
  ])('is the consensus, no report of the result: %s', (text, expected) => {
    expect(whole(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // no comparison before the subject: "CONTENT, X expected."
    ['Sales rose 3%, the company’s analysts expected.', [['Sales rose 3%', 'expected']]],
    ['The harbour will reopen in May, the two engineers predicted.', [['The harbour will reopen in May', 'predicted']]],
    ['Prices rose against the dollar, traders said.', [['Prices rose against the dollar', 'said']]],
    // a poll's makers closing a report: "CONTENT, X said."
    ['Grain prices will ease by spring, traders polled by Kestrel Data said.', [['Grain prices will ease by spring', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(whole(text)).toEqual(expected);
  });
});

describe('quotes: a claim noun after the comma heads a relative of its own', () => {
  it.each<[string, (string | null)[][]]>([
    ['Costs climbed above the limit, a claim the ministry denies.', [['a claim the ministry denies', 'denies']]],
    ['The club lost £2m on the ground, a figure the council does not dispute.', [['a figure the council does not dispute', 'does not dispute']]],
  ])('%s', (text, expected) => {
    expect(whole(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a description before a verb of saying: "CONTENT, X said."
    ['The pier will close in May, the harbour board said.', [['The pier will close in May', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(whole(text)).toEqual(expected);
  });
});
