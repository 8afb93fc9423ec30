import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

const run = runQuotes;

const vela: Entity = { name: 'Ines Vela', kind: 'person', roles: [], aliases: ['Vela'], gender: 'female' };
const row = (q: ReturnType<typeof run>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speaker];

describe('standalone: a quote over paragraphs attributed in a later paragraph is one quote', () => {
  it.each([
    // attribution in the last paragraph
    ['“We will not pretend this is easy. The ore must come from somewhere.\n\n“Better here than elsewhere,” Ms. Vela said.',
      [['direct', 'We will not pretend this is easy. The ore must come from somewhere.\n\n“Better here than elsewhere,', 'said', 'Ines Vela']]],
    // three paragraphs, attribution in the last, inverted cue
    ['The mine opened.\n\n“We looked everywhere.\n\n“Nothing else was left.\n\n“Better here,” said Vela.',
      [['direct', 'We looked everywhere.\n\n“Nothing else was left.\n\n“Better here,', 'said', 'Ines Vela']]],
    // and the part after an interruption in the last paragraph goes with it
    ['“We looked everywhere.\n\n“Better here,” Ms. Vela said. “It is safe.”',
      [['direct', 'We looked everywhere.\n\n“Better here,” Ms. Vela said. “It is safe.', 'said', 'Ines Vela']]],
  ])('%j', (text, expected) => {
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)).toEqual(expected);
  });

  it.each([
    // a quote closed in its paragraph is not running on: the next paragraph's attribution is its own
    ['“We looked everywhere and found nothing at all.”\n\n“Better here,” Ms. Vela said.',
      [['direct', 'We looked everywhere and found nothing at all.', null, null], ['direct', 'Better here,', 'said', 'Ines Vela']]],
    // attributed in its first paragraph: unchanged, the later paragraph continues it
    ['“Better here,” Ms. Vela said. “We looked everywhere.\n\n“Nothing else was left.”',
      [['direct', 'Better here,” Ms. Vela said. “We looked everywhere.\n\n“Nothing else was left.', 'said', 'Ines Vela']]],
  ])('leaves alone %j', (text, expected) => {
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)).toEqual(expected);
  });

  it('leaves a running quote that opens after an attribution in its paragraph to the interrupted quote', () => {
    // “A,” X said. “B.¶“C,” she added.  -> B (and C) go on with A, not with "she added"
    const text = '“Prices are up,” Vela said. “Wages are not.\n\n“We are not blind to it,” she added.';
    expect(run(text, [['Vela', 'name', 0]], [vela]).map(row)[0]).toEqual(['direct', 'Prices are up,” Vela said. “Wages are not.\n\n“We are not blind to it,', 'said', 'Ines Vela']);
  });
});

describe('standalone: a block quote without marks after "X said:" ending its paragraph', () => {
  const lee: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: [], gender: 'female' };
  const ms: M[] = [['Ann Lee', 'name', 0]];
  it.each([
    ['Ann Lee, the mayor, said:\n\nWe will rebuild the bridge by June.', ['indirect', 'We will rebuild the bridge by June', 'said:', 'Ann Lee']],
    // the verb's own reading before the colon ("In a statement") gives way to the block
    ['In a statement, Ann Lee added:\n\nIt is typical of the agency. It knows nothing about roads.', ['indirect', 'It is typical of the agency. It knows nothing about roads', 'added:', 'Ann Lee']],
  ])('%j', (text, expected) => {
    expect(run(text, ms, [lee]).map(row)).toEqual([expected]);
  });

  it.each([
    // a quote in marks after the colon is the colon lead-in's
    ['Ann Lee said:\n\n“We will rebuild the bridge by June.”', 'X-said-colon'],
    // content after the colon in the same paragraph stays
    ['Ann Lee said: the bridge will open soon.\n\nIt is new.', 'X-said-content'],
  ])('leaves alone %j', (text, rule) => {
    expect(run(text, ms, [lee]).map((q) => q.rule)).toEqual([rule]);
  });

  it.each([
    // a list or a heading after the colon is no speech; nor a colon after a capitalised name word
    'Ann Lee said:\n\nRoads\n\nBridges',
    'The donors who met the Department of State:\n\nAcme gave two million dollars to the fund.',
    'The minister has three tasks ahead of her:\n\nWin the vote and keep the party together.',
  ])('makes no block quote of %j', (text) => {
    expect(run(text, text.includes('Ann Lee') ? ms : [], [lee]).filter((q) => q.rule === 'colon-block')).toEqual([]);
  });
});

describe('standalone: a quote sentence right after a report goes on with it', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['Ida Moss added that the levy would fall. “It is only fair,” she said.', [['Ida Moss', 'name', 0], ['she', 'pronoun', 0]],
      [['indirect', 'the levy would fall', 'added'], ['direct', 'It is only fair,', 'said']]],
    ['Ida Moss added that the levy would fall. “It is only fair.”', [['Ida Moss', 'name', 0]],
      [['partial', 'the levy would fall. “It is only fair.”', 'added']]],
    ['Ida Moss praised the levy.\n\n“It is only fair.”\n\n“We all gain.”', [['Ida Moss', 'name', 0]],
      [['partial', 'the levy.\n\n“It is only fair.”', 'praised'], ['direct', 'We all gain.', null]]],
  ])('%s', (text, ms, expected) => {
    expect(run(text, ms).map((q) => [q.type, q.text, q.cue?.text ?? null])).toEqual(expected);
  });
});

describe('standalone: a quote paragraph with no new attribution continues the one before', () => {
  it('keeps a quote paragraph apart when another sentence follows the attribution', () => {
    const text = '“The bridge is safe,” Ann Lee said. She left at noon.\n\n“It will open in May.”';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0], ['She', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.rule])).toEqual([['The bridge is safe,', 'content-X-said'], ['It will open in May.', 'continuation']]);
  });

  it('gives a quote paragraph with no new attribution the previous speaker', () => {
    const text = '“The bridge opens in May,” Ann Lee said. Rain fell.\n“It will carry ten thousand cars a day.”';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.speaker, q.rule])).toEqual([
      ['The bridge opens in May,', 'Ann Lee', 'content-X-said'],
      ['It will carry ten thousand cars a day.', 'Ann Lee', 'continuation'],
    ]);
  });

  it('carries a speaker over at most two paragraphs, also when the quote ends its paragraph', () => {
    const near = '“The bridge opens in May,” Ann Lee said.\n\nRain fell.\n\n“It will carry ten thousand cars a day.”';
    const far = '“The bridge opens in May,” Ann Lee said.\n\nRain fell.\n\nThe river rose.\n\n“It will carry ten thousand cars a day.”';
    const last = (text: string) => runQuotes(text, [['Ann Lee', 'name', 0]], [ann]).map((q) => [q.speaker, q.rule]).slice(-1)[0];
    expect(last(near)).toEqual(['Ann Lee', 'continuation']);
    expect(last(far)).not.toEqual(['Ann Lee', 'continuation']);
  });
});
