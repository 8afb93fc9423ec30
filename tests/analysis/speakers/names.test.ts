// speakers/names.ts: names to entities: organisations by name or acronym, groups by their words or head noun, an
// unknown name in apposition with a body's kind, a surname in capitals. Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { resolve, who } from './resolve-text.js';

describe('speakers/names: organisations and groups', () => {
  it.each([
    ['The International Fisheries Council met. Later the IFC said no.', 'IFC', 'International Fisheries Council'],
    ['The Tarnby Daily Courier said so. The Courier added more.', 'Courier', 'Tarnby Daily Courier'],
    ['Later NBTV’s anchor spoke. NBTV said so.', 'NBTV', 'NBTV'],
    ['Canadian officials said it was late. Officials added more.', 'Officials', 'Canadian officials'],
    ['Some analysts expect more. Analysts said so.', 'Analysts', 'analysts'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // an unknown single name in apposition with an organisation's description is that organisation
    ['Brightwater, the company, said sales fell.', 'Brightwater', 'organization'],
    // the name after the description, in commas or brackets
    ['The company, Brightwater, said sales fell.', 'Brightwater', 'organization'],
    ['The agency (Tallvik) said fares would rise.', 'Tallvik', 'organization'],
    // a name with no closing mark after it is no apposition: the writer's aside names the speaker
    ['The company, Brenner said, would close the mill.', 'Brenner', 'person'],
    // a person's description leaves it a person; a place phrase is no apposition
    ['Marwick, the senator, said no.', 'Marwick', 'person'],
  ])('%s', (text, name, kind) => {
    expect(resolve(text).entities.find((e) => e.name === name)?.kind).toBe(kind);
  });

  it('gives each entity its kind', () => {
    const s = resolve('Emily Rourke, police and Brightwater Corp. all said so.');
    expect(s.entities.map((e) => [e.name, e.kind])).toEqual([['Emily Rourke', 'person'], ['police', 'group'], ['Brightwater Corp.', 'organization']]);
  });
});

describe('speakers/names: a body named by its trade', () => {
  it.each([
    // an unknown name in apposition with an organisation's kind is that organisation
    ['Threshold, the housing charity, said the cap was low.', 'Threshold', 'organization'],
    ['Skyvale, the airline, said fares would rise.', 'Skyvale', 'organization'],
    ['Mardell, the insurer, said claims rose.', 'Mardell', 'organization'],
  ])('%s', (text, mention, kind) => {
    const s = resolve(text, ['said']);
    const m = s.mentions.find((x) => x.text === mention);
    expect(m?.entity === null || m?.entity === undefined ? null : s.entities[m.entity]!.kind).toBe(kind);
  });

  it.each([
    // a person in apposition with a person's description stays a person
    ['Tamsin Achterberg, the airline chief, said fares would rise.', 'Tamsin Achterberg', 'person'],
    ['Mardell, a retired teacher, said claims rose.', 'Mardell', 'person'],
  ])('leaves alone: %s', (text, mention, kind) => {
    const s = resolve(text, ['said']);
    const m = s.mentions.find((x) => x.text === mention);
    expect(m?.entity === null || m?.entity === undefined ? null : s.entities[m.entity]!.kind).toBe(kind);
  });
});

describe('speakers/names: a surname in capitals (a transcript label) is the person named before', () => {
  it.each([
    ['Mayor Ana Feld met residents. FELD: We will not close it.', 'FELD', 'Ana Feld'],
    // an acronym that matches no one stays an organisation; a person read off a headline in capitals is no match
    ['Later FELD said no.', 'FELD', 'FELD'],
    ['Former TCA chief spoke. Later TCA said no.', 'TCA', 'TCA'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});
