import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// A text in the speaker position: its author after "by" or "from" speaks through it, not one who saw, ordered or paid for
// it, nor the platform it was put on (quotes/speaker-document.ts).
const quotes = (text: string) => analyze({ id: 't', text }).quotes;

describe('quotes/speaker-document: the author of a document speaks through it', () => {
  it.each([
    // after "according to" a paper that saw or got hold of the document is the source leaned on: its reporting
    ['The mill was unsafe, according to an internal memo seen by the Tarnby Post.', 'Tarnby Post'],
    ['The coach was sacked, according to emails obtained by the Halden Courier.', 'Halden Courier'],
    ['According to records reviewed by the Vell Times, the pier was never inspected.', 'Vell Times'],
    // ... while its author after "by" speaks through it
    ['The mill was unsafe, according to a review by the watchdog Fairfund.', 'the watchdog Fairfund'],
    // a document ordered or paid for by a body speaks for its unnamed authors, not for the body (READER_BEFORE)
    ['A study commissioned by the county estimated that the bridge would cost more.', 'A study'],
    ['A survey funded by the Tarn Growers Union found that most farms lack insurance.', 'A survey'],
    ['A poll paid for by the Reyes campaign showed that the race is tied.', 'A poll'],
    ['The ferry lost money, according to a review ordered by the harbour board.', 'a review'],
    // ... while its author after "by" still speaks through it
    ['A survey by the Tarn Growers Union found that most farms lack insurance.', 'Tarn Growers Union'],
    ['A poll conducted by Vellam Research showed that the race is tied.', 'Vellam Research'],
    ['Figures kept by the Tarn Growers Union show that the fees were never paid.', 'Tarn Growers Union'],
    // a text made to be spoken, read by someone, is read aloud: the reader voices it (READ_ALOUD)
    ["A speech read by the mayor's deputy warned that taxes would rise.", "the mayor's deputy"],
    ["A message read by the captain's mother thanked the rescuers.", "the captain's mother"],
  ])('%s', (text, mention) => {
    expect(quotes(text).map((q) => q.speakerMention?.text ?? null)).toEqual([mention]);
  });

  it.each([
    // a document speaks for its author after "by" or "from"
    ['A review by Professor Tamsin Gale found that the scheme had failed.', 'Professor Tamsin Gale', 'Tamsin Gale'],
    ['Rents rose, according to a study of leases by the Halden Institute.', 'Halden Institute', 'Halden Institute'],
  ])('%s', (text, mention, speaker) => {
    const q = quotes(text).filter((x) => x.speakerMention?.text === mention).pop();
    expect([q?.speakerMention?.text ?? null, q?.speaker ?? null]).toEqual([mention, speaker]);
  });

  // one who only saw or got hold of the texts is no speaker even when nothing else is named: the texts' phrase speaks
  it.each([
    ['Documents seen by reporters show that the mine was flooded twice.', 'Documents'],
    ['Emails obtained by the paper show that the deal was signed.', 'Emails'],
    // a written text read by someone is only seen by them (READ_ALOUD is for texts made to be spoken)
    ['A letter read by reporters says the mill will close.', 'A letter'],
    ['Records seen by the Vell Times suggest that the pier was never inspected.', 'Records'],
    // "read", a participle the shape of its bare form, ends the texts' phrase as "seen" does (headBeforeSource)
    ['Notes read by the court clerk show that the fees were never paid.', 'Notes'],
    ['Logs read by investigators suggest the pilot never saw the mast.', 'Logs'],
  ])('%s', (text, mention) => {
    const [q] = quotes(text);
    // (the texts' phrase is the mention; "A letter" reads as someone new, "Documents" as no one: never the reader)
    expect(q!.speakerMention?.text).toBe(mention);
    expect(q!.speaker ?? '').not.toMatch(/reporters|paper|Times/);
  });

  it('keeps a document as the speaker when no author follows "by" or "from"', () => {
    expect(quotes('A study of farmers found that yields fell.')[0]?.speakerMention?.text).toBe('A study');
  });
});

describe('quotes/speaker: a platform a text was put on is no speaker', () => {
  // the platform after "on" is where the post was seen; the text's own phrase is kept, speaker unknown
  it.each([
    ['A post shared on Instagram claims that the ferry will stop in May.', 'A post shared on Instagram'],
    ['A clip on TikTok said the pier had been sold.', 'A clip on TikTok'],
    ['A message posted on Telegram warned that the dam was leaking.', 'A message posted on Telegram'],
  ])('%s', (text, mention) => {
    const [q] = quotes(text);
    // (the texts' phrase is the mention; "A letter" reads as someone new, "Documents" as no one: never the reader)
    expect(q!.speakerMention?.text).toBe(mention);
    expect(q!.speaker ?? '').not.toMatch(/reporters|paper|Times/);
  });

  // left alone: the platform as a subject, a person who posted on it, a spokesperson for it
  it.each([
    ['Instagram said on Monday that it would remove the posts.', 'Instagram'],
    ['Ana Roe said on Telegram that the vote was rigged.', 'Ana Roe'],
    ['In a post on TikTok, Mayor Ida Brandt said the pool would reopen.', 'Ida Brandt'],
    ['A spokesperson for Instagram said the account had been suspended.', 'Instagram'],
  ])('%s', (text, speaker) => {
    expect(quotes(text)[0]!.speaker).toBe(speaker);
  });
});
