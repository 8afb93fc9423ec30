// A title in marks (a show, a book, an award) in a sentence that has a speech verb: only an attribution
// right after it (a pronoun, the verb, a determiner and its noun, a name) makes it speech.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';

const roles = (text: string): string[] => findQuoteMarks(segment({ id: 't', text })).quoteSpans.map((q) => `${q.role}:${q.inner.text}`);

describe('quote-marks: a title-case span before words that attribute nothing', () => {
  it.each([
    ['At a screening of the film “Harbour Lights Again,” before taking questions, he said it was close.', ['scare:Harbour Lights Again,']],
    ['The guild handed him its “Baker of the Month” badge in June, the editor said.', ['scare:Baker of the Month']],
  ])('is a title: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['“Build It Better Now,” she said.', ['speech:Build It Better Now,']],
    ['“Build It Better Now,” said Ann Lee.', ['speech:Build It Better Now,']],
    ['“Build It Better Now,” the mayor said.', ['speech:Build It Better Now,']],
    ['“Build It Better Now,” Ann Lee said.', ['speech:Build It Better Now,']],
  ])('keeps an attributed one as speech: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('quote-marks: words written on a thing (a sign, a banner, a plaque) are nobody\'s speech', () => {
  it.each([
    ['The sign on the ferry gate reads: “No cycling on the ramp.”', ['scare:No cycling on the ramp.']],
    ['A banner reading “Welcome home, Tolby crew” hung over the quay.', ['scare:Welcome home, Tolby crew']],
    ['Fans held placards saying “Keep the old stand standing”.', ['scare:Keep the old stand standing']],
    ['Graffiti on the old mill reads “Keep the river wild”.', ['scare:Keep the river wild']],
    ['Marchers carried hand-painted signs saying “Save our ferry”.', ['scare:Save our ferry']],
    ['A brass plaque that reads “Founded by the weavers of Orme” was unveiled.', ['scare:Founded by the weavers of Orme']],
    // a work after its owner and its genre, and a gloss of a foreign phrase
    ['The trio’s debut album, “ask the tide, then answer it,” sold out in a week.', ['scare:ask the tide, then answer it,']],
    ['The ferry’s old motto was in Latin, Latin for “slowly but surely.”', ['scare:slowly but surely.']],
  ])('is written, not said: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    // a statement or a letter that "reads" is someone's words; a person reading out words speaks
    ['The club statement reads: “We will appeal the ban.”', ['speech:We will appeal the ban.']],
    ['The mayor read from a letter: “The pier will close for good.”', ['speech:The pier will close for good.']],
    ['A sign of the mood, the captain said: “We are not giving up.”', ['speech:We are not giving up.']],
    // "signs"/"labels" as a verb before a speech verb: the signer speaks
    ['Ruiz signs the deal and says: “It is a good day for the port.”', ['speech:It is a good day for the port.']],
    ['Okafor labels the plan reckless and says: “Nobody asked the fishermen.”', ['speech:Nobody asked the fishermen.']],
    // a statement after its owner, and a genre after "in a": someone's words
    ['The mayor’s statement, “We will rebuild the pier by spring,” was read out.', ['speech:We will rebuild the pier by spring,']],
    ['Lind said in her column, “The pier will never reopen.”', ['speech:The pier will never reopen.']],
    // a day or a month before the genre is no owner
    ['Lind wrote in Sunday’s column, “The pier will never reopen.”', ['speech:The pier will never reopen.']],
    ['Okafor argued in March’s essay, “Tolls only move the traffic.”', ['speech:Tolls only move the traffic.']],
    ['In the senator’s column, “We must act before the pier falls,” she wrote.', ['speech:We must act before the pier falls,']],
  ])('keeps speech: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
