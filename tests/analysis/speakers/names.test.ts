// speakers/names.ts: names to entities: organisations by name or acronym, groups by their words or head noun, a
// surname in capitals (an unknown name in apposition with a body's kind is description-reference.test.ts). Whole
// speakers stage on invented texts.
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

  it('gives each entity its kind', () => {
    const s = resolve('Emily Rourke, police and Brightwater Corp. all said so.');
    expect(s.entities.map((e) => [e.name, e.kind])).toEqual([['Emily Rourke', 'person'], ['police', 'group'], ['Brightwater Corp.', 'organization']]);
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
