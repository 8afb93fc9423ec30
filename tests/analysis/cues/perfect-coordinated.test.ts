import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';
import { runQuotes } from '../quote-run.js';

// A past participle after "and" that shares the present perfect of the clause a present speech verb reports is part of
// what is said, no cue of its own (cues/perfect-coordinated.ts). Invented texts.
describe('cues: a second participle of a reported present perfect', () => {
  it.each([
    ['Harlow Transit says it has hired 90 drivers this year and offered bonuses of 5 percent.', ['says']],
    ['The league claims it has fined the club twice and warned its owner.', ['claims']],
    ['Ama Quist says she has already repaid the loan and apologized to the board.', ['says']],
    ['The ministry insists that the firm had ignored two notices and promised nothing.', ['insists']],
    ['Residents say the council has closed the pool but promised a new one.', ['say']],
  ])('%s: only %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a past report: "offered" may be the speaker's own second act
    ['Harlow Transit said it has hired 90 drivers and offered them bonuses.', ['said', 'offered']],
    // a subject of its own after "and": a new clause, a new report
    ['The league says it has fined the club, and the owner promised an appeal.', ['says', 'promised']],
    // no perfect in the reported clause: the second verb joins the report
    ['The union says wages are too low and demanded a meeting on Friday.', ['says', 'demanded']],
    // a present second verb, or a relative clause between
    ['The mayor says the city has cut fares and promises to cut more in May.', ['says', 'promises']],
    ['The firm says it has hired staff who were trained abroad and praised them.', ['says', 'praised']],
    // a stop between: another sentence
    ['The club says it has fined the player. Its owner later apologized to fans.', ['says', 'later apologized']],
    // an emphatic past: the bare form after "did"
    ['Lind did say the port has lost money and asked the state for help.', ['did say', 'asked']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it('keeps the second participle in the content', () => {
    const quotes = runQuotes('Harlow Transit says it has hired 90 drivers this year and offered bonuses of 5 percent.');
    expect(quotes.map((q) => [q.text, q.cue?.text])).toEqual([['it has hired 90 drivers this year and offered bonuses of 5 percent', 'says']]);
  });
});
