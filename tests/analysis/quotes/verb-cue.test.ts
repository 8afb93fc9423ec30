// A count with its bound opening the subject of a sourceless passive or raising cue (quotes/verb-cue.ts): "At least
// 40 homes are believed to have burned" reports the whole clause, the bound included, as "Forty homes are believed
// ..." already did; "at least" is not the time or place phrase that makes a subject no subject, and "more than",
// "as many as" are put back where reading the phrase backwards stopped at "than" or "as". Invented texts.
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };
const speakerRow = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

const rows = (text: string) => runQuotes(text).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a bounded count opening a sourceless passive clause stays in the content', () => {
  it.each<[string, (string | null)[][]]>([
    ['At least 40 cottages are believed to have burned.', [['At least 40 cottages are believed to have burned', 'are believed']]],
    ['At least two hikers are thought to be missing on the ridge.', [['At least two hikers are thought to be missing on the ridge', 'are thought']]],
    ['At most three bidders are expected to stay in the auction.', [['At most three bidders are expected to stay in the auction', 'are expected']]],
    ['At least twenty-five sailors are feared drowned.', [['At least twenty-five sailors are feared drowned', 'are feared']]],
    ['More than 300 barns are thought to have flooded.', [['More than 300 barns are thought to have flooded', 'are thought']]],
    ['As many as 60 miners are believed to be trapped.', [['As many as 60 miners are believed to be trapped', 'are believed']]],
    ['Fewer than ten families are expected to return this winter.', [['Fewer than ten families are expected to return this winter', 'are expected']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a time with "at least" is still no subject: the impersonal passive reports its "that" clause
    ['At least two years ago it was reported that the depot was unsafe.', [['the depot was unsafe', 'was reported']]],
    // nor is a count of times
    ['At least once a month the warden is expected to speak.', [['to speak', 'is expected']]],
    // an active verb's count is its speaker, not part of what it says
    ['More than 200 tenants said the heating had failed.', [['the heating had failed', 'said']]],
    // a count inside a content stays where the content put it
    ['The firm said more than 300 jobs are expected to go.', [['more than 300 jobs are expected to go', 'said']]],
    // "than" in a comparison before a subject is not a bound on a count
    ['Sales were lower than forecast, analysts said.', [['Sales were lower than forecast', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

// A passive verb of putting out after a title in quotation marks (quotes/verb-cue.ts): the subject is the document, no
// speaker of the words before it; an active report, and a passive with a clause after it, keep theirs.
describe('quotes: a document put out is no speaker', () => {
  it.each<[string, (string | null)[][]]>([
    ['The report, titled “Fair Rents”, was published on Monday.', []],
    ["The survey, titled 'Who Pays', was published in May.", []],
    ['The audit titled "Open Books" was published on Friday.', []],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    ['Rents rose 9 percent, the housing trust reported.', [['Rents rose 9 percent', 'reported']]],
    ['“Rents will rise,” the trust published in its annual review.', [['Rents will rise,', 'published']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: questions put and credit lines', () => {
  it.each<[string, M[], string[][]]>([
    // (a bare topic of the question is no content at all: quotes/asked-topic.test.ts)
    ['When asked about the toll, Ole Brandt shrugged.', [['Ole Brandt', 'name', 0]], []],
    ['Ole Brandt left when asked about the toll.', [['Ole Brandt', 'name', 0]], []],
    ['When asked about how the toll was set, Ole Brandt shrugged.', [['Ole Brandt', 'name', 0]], [['indirect', 'how the toll was set', 'asked about']]],
    ['Ole Brandt, when asked whether he would run, said he was tired.', [['Ole Brandt', 'name', 0], ['he', 'pronoun', 0]],
      [['indirect', 'whether he would run', 'asked'], ['indirect', 'he was tired', 'said']]],
  ])('the question is the content, the sentence is not: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it('keeps the main clause its subject after a "when asked" aside', () => {
    const qs = runQuotes('Ole Brandt, when asked whether he would run, said he was tired.', [['Ole Brandt', 'name', 0], ['he', 'pronoun', 0]]);
    expect(qs.find((q) => q.cue?.text === 'said')?.speakerMention?.text).toBe('Ole Brandt');
  });

  it.each([
    'The bridge opens in May. (Reporting by Tom Fenn; Editing by Jo Kray)',
    'The bridge opens in May.\n\nAdditional reporting by Tom Fenn in Tarn.',
  ])('no quote in a credit line: %s', (text) => {
    expect(runQuotes(text).map((q) => q.text)).toEqual([]);
  });

  it('keeps reporting as a cue with its content', () => {
    expect(runQuotes('The Tarn Courier is reporting that the bridge will close.').map((q) => q.text)).toEqual(['the bridge will close']);
  });
});

describe('quotes: a fronted \'Asked whether\' question', () => {
  it('reads "Asked whether ..., X said" as two attributions: a question by nobody named, then the answer', () => {
    const text = 'Asked whether the bridge is safe, Ann Lee said it is.';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(speakerRow)).toEqual([
      ['indirect', 'whether the bridge is safe', 'Asked', null],
      ['indirect', 'it is', 'said', 'Ann Lee'],
    ]);
  });
});
