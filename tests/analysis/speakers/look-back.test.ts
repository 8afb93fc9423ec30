// speakers/look-back.ts: the last entity a description fits (a body named only by its kind) and a one-word firm
// read as a surname. Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { resolve, who } from './resolve-text.js';

describe('speakers/look-back: a body named only by its kind', () => {
  it.each([
    // the kind noun a body was introduced by fits it later ("the aid agency X ... the agency")
    ['Prices will rise, the aid agency Grainbridge warned. Later the agency said no.', 'the agency', 'Grainbridge'],
    ['Later the regulator Aquawatch fined Tull Foods. The regulator said no.', 'The regulator', 'Aquawatch'],
    ['Later regulator Jane Okafor fined Tull Foods. The regulator said no.', 'The regulator', 'Jane Okafor'],
    // "the union" with no union named is one party of its own, which later "the union" and "it" mean
    ['The union said rents would rise. It said fares would fall.', 'It', 'the union'],
    ['The union said rents would rise. Later the union said more.', 'the union', 'the union'],
    // an organisation that does not fit the kind is not it (a newspaper is no company; a place is no ministry)
    ['The Daily Courier sued Norway. The company said no.', 'The company', 'the company'],
    ['In Norway, the health ministry said no.', 'the health ministry', 'the health ministry'],
    ['From the Halden Institute, the agency said no.', 'the agency', 'the agency'],
    // a document is no company: "the company" is the firm that issued it
    ['Brightwater Corp. said in a statement that it would appeal. The company said more.', 'The company', 'Brightwater Corp.'],
  ])('%s (%s)', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // a document speaks for an author; it is no party of its own
    ['The report said rents would rise.', 'The report'],
    // an extraposed clause's "it" stands for no one
    ['The union met. It is truly baffling that rents rose.', 'It'],
    ['The union met. It was odd how rents rose.', 'It'],
  ])('leaves unresolved: %s (%s)', (text, mention) => {
    expect(who(text, mention)).toBeNull();
  });
});

describe('speakers/look-back: a one-word firm read as a surname', () => {
  it.each([
    ['Lumera said sales would fall. Later the company said no.', 'the company', 'Lumera'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });

  it.each([
    // the same lone word after the organisation it names was introduced is that organisation, not a person
    ['Later the messaging company Quillon was fined. Quillon said no.', 'Quillon', 'organization'],
    // ... a lone word no organisation was named by stays a person
    ['Later the company was fined. Quillon said no.', 'Quillon', 'person'],
  ])('kind: %s', (text, mention, kind) => {
    const s = resolve(text, ['said']);
    const m = s.mentions.filter((x) => x.text === mention).pop()!;
    expect(s.entities[m.entity!]!.kind).toBe(kind);
  });

  it.each([
    // a known first name, or a full name, is a person: "the company" is someone else
    ['Ida Brenn said sales would fall. Later the company said no.', 'the company', 'the company'],
    ['Ida said sales would fall. Later the company said no.', 'the company', 'the company'],
  ])('leaves alone: %s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });
});
