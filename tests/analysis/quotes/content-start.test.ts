// Where the content right of a cue starts (quotes/content-start.ts): the medium one spoke on is no part of it, and the
// one told ends before the clause's subject even when a hedge stands between commas in the clause; "that" as the
// pronoun object ("has said that before") is the whole content. Whole pipeline,
// [content, cue] of each record. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';

const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes/content-start: the medium spoken on opens no content', () => {
  it.each<[string, string[][]]>([
    ['A ferry captain complained on camera about the new timetable.', [['about the new timetable', 'complained']]],
    ['The comedian joked on stage about the mayor.', [['about the mayor', 'joked']]],
    ['The radio host argued on air that the toll was a tax.', [['the toll was a tax', 'argued']]],
    // the medium alone is no content
    ['The senator argued on air.', []],
    ['The coach complained on camera.', []],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-start: leaves alone', () => {
  it.each<[string, string[][]]>([
    // the medium word heads the topic
    ['The union commented on video evidence from the depot.', [['video evidence from the depot', 'commented on']]],
    // a verb of saying with no "on" before its quote
    ['The host said on air, "We will be back after the news."', [['We will be back after the news.', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

// after a cue that ends in its preposition, the words before "that" are a medium ("wrote on the city website that"),
// unless they end in a noun whose clause the "that" opens: then the noun and its clause are what the cue is about
describe('quotes/content-start: a noun of saying before "that" after a cue that ends in its preposition', () => {
  it.each<[string, string[][]]>([
    ['The ferry operator cast doubt on claims that the crossing was unsafe.', [['claims that the crossing was unsafe', 'cast doubt on']]],
    ['The brewery commented on reports that it would close the plant.', [['reports that it would close the plant', 'commented on']]],
    ['The coach insisted on his view that the pitch was too dry.', [['his view that the pitch was too dry', 'insisted on']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    ['The baker wrote on the village noticeboard that the shop would shut.', [['the shop would shut', 'wrote on']]],
    ['The keeper commented on air that the save was lucky.', [['the save was lucky', 'commented']]],
  ])('leaves the medium out: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-start: the one told ends before a clause that holds a hedge between commas', () => {
  it.each<[string, string[][]]>([
    ['Tenants told the landlord the boiler, they feared, was failing.', [['the boiler, they feared, was failing', 'told']]],
    ['The pilot told passengers the storm, he believed, would pass by noon.', [['the storm, he believed, would pass by noon', 'told']]],
    ['Growers told the minister the canal, it seems, is silting up.', [['the canal, it seems, is silting up', 'told']]],
    // a speaker's aside stands there as a hedge does (content-end-aside.ts)
    ['Mr. Dahl told the tribunal the cashier, she added, had left the till open.',
      [['the cashier, she added, had left the till open', 'told']]],
    ['The crew told the harbour master the engine, their skipper feared, was flooding.',
      [['the engine, their skipper feared, was flooding', 'told']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-start: the one told, leaves alone', () => {
  it.each<[string, string[][]]>([
    // no hedge: the listener ends as before
    ['Tenants told the landlord the boiler was failing.', [['the boiler was failing', 'told']]],
    // "told" with a story as its object, and a hedge after it: no clause, the object is the content
    ['The guide told the story of the flood, it seems, to every group.', [['the story of the flood, it seems, to every group', 'told']]],
    // "that" after the one told: the content starts there, the aside inside it
    ['Tenants told the landlord that the boiler, she added, was failing.', [['the boiler, she added, was failing', 'told']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-start: "that" or "this" as the pronoun object, with only adverbials after it', () => {
  it.each<[string, string[][]]>([
    ['The ferry captain has said that before, and nobody on the council listened.', [['that', 'has said']]],
    ['Ms Varga said that many times, but the board ignored her.', [['that', 'said']]],
    ['The bishop said this again on Sunday, to loud applause.', [['this', 'said']]],
    ['The coach has argued that repeatedly.', [['that', 'has argued']]],
    ['He said that before, adding that the roof still leaked.', [['that', 'said'], ['the roof still leaked', 'adding']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-start: "that" as the complementizer, left alone', () => {
  it.each<[string, string[][]]>([
    // a fronted adverb, then the clause's subject
    ['The clerk said that earlier, the board had met in secret.', [['earlier, the board had met in secret', 'said']]],
    // an adverbial with more words, then a clause
    ['The clerk said that before the vote, the board had met twice.', [['before the vote, the board had met twice', 'said']]],
    ['The clerk said that again and again the board had failed tenants.', [['again and again the board had failed tenants', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-start: the hour of the day before a date is no part of the content', () => {
  it.each<[string, string[][]]>([
    ['The harbour master said late on Wednesday that the ferry would resume sailing.', [['the ferry would resume sailing', 'said']]],
    ['The club said early Friday that its coach had resigned.', [['its coach had resigned', 'said']]],
    ['The pilot said late on Monday the runway had been cleared.', [['the runway had been cleared', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-start: the hour of the day, leaves alone', () => {
  it.each<[string, string[][]]>([
    // an adjective before the clause's subject: the "that" further on is no complementizer of the cue
    ['The analyst said early results showed that turnout was high.', [['early results showed that turnout was high', 'said']]],
    ['The firm said late payments meant that suppliers would wait.', [['late payments meant that suppliers would wait', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes: an "in" or "on" phrase after a cue', () => {
  it.each<[string, M[], string]>([
    // the verb's own particle: a stance on its object
    ['Ida Moss believes in lower fees.', [['Ida Moss', 'name', 0]], 'in lower fees'],
  ])('stays the content: %s', (text, ms, content) => {
    expect(runQuotes(text, ms).map((q) => q.text)).toEqual([content]);
  });
});
