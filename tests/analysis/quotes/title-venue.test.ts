// A show's title in marks after a venue's preposition or a genre noun, set off by its comma before "X said ...": the title
// is where the words were said (quote-marks/scare.ts VENUE_OR_GENRE_BEFORE), so the content is what follows the cue
// (quotes/content-before.ts reads a title's closing mark as no quote's).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';

const roles = (text: string): string[] => findQuoteMarks(segment({ id: 't', text })).quoteSpans.map((q) => `${q.role}:${q.inner.text}`);
const records = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.type} ${q.cue?.text ?? '-'}: ${q.text}`);

describe('quotes: a fronted show title before the speaker', () => {
  it.each([
    ['At noon on Channel 9’s “Morning Desk,” Senator Ida Lind said the plan would fail.', ['indirect said: the plan would fail']],
    ['Tuesday on “Harbor Tonight,” Mayor Ivo Dane discussed the budget for the port.', ['indirect discussed: the budget for the port']],
    ['In an interview with “Morning Desk,” Lind said she would run again.', ['indirect said: she would run again']],
  ])('%s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  it.each([
    ['On Channel 9’s “Morning Desk,” Lind said the plan would fail.', ['scare:Morning Desk,']],
    ['The host of the quiz show “Lucky Streak,” Ivo Dane, said he would retire.', ['scare:Lucky Streak,']],
    ['Speaking to Radio Vell’s “Night Line,” Lind said the plan would fail.', ['scare:Night Line,']],
  ])('is a title: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['“Build It Better Now,” Ann Lee said.', ['speech:Build It Better Now,']],
    ['Asked about the pier, “Build It Better Now,” Ann Lee said.', ['speech:Build It Better Now,']],
    // a bare "to", "with" or "from" is no venue: the words in marks were said
    ['The captain urged fans to “Stand Up And Sing,” the club said.', ['speech:Stand Up And Sing,']],
    ['He wants to “Drain The Pond,” Ruiz said of his rival.', ['speech:Drain The Pond,']],
    ['Asked about the ruling, she replied with “No Comment,” her office said.', ['speech:No Comment,']],
  ])('keeps a slogan said as speech: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['“We Will Win,” Lind said on Channel 9.', ['direct said: We Will Win,']],
    ['“The budget is balanced,” Mayor Ivo Dane said on Tuesday.', ['direct said: The budget is balanced,']],
  ])('keeps a quote before its speaker: %s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});
