// An opening "Per" that the cue stage left alone is the Nordic given name and opens the name run
// (mentions/runs.ts); one it read as the source preposition ("Per the agency, ...") opens none.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { found } from './mentions-of.js';

/** The canonical speaker of each record. */
const names = (text: string): (string | null)[] => analyze({ id: 'd', text }).quotes.map((q) => q.speaker);

describe('runs: an opening "Per" before a name is a given name', () => {
  it.each([
    ['Per Lindqvist, who runs the ferry company, said fares would rise in May.', 'Per Lindqvist'],
    ['Per Dahl said the orchestra would tour Japan next year.', 'Per Dahl'],
    ['The quarry reopened on Monday. Per Haldor Brekke told the council the blasting would stop at dusk.', 'Per Haldor Brekke'],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    // the preposition naming a source: the name after it is the whole source
    ['Per Reuters, the talks collapsed late on Friday.', 'Reuters'],
    ['Per Statistics Norway, prices rose 3 percent in the year to May.', 'Statistics Norway'],
  ])('leaves alone: %s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });
});

describe('runs: a campaign named in title case holds its possessive', () => {
  const kinds = (text: string): string[] => analyze({ id: 'd', text }).quotes.map((q) => `${q.speaker}/${q.speakerKind}`);
  it.each([
    ['Save Our Pool says the council broke its promise to swimmers.', 'Save Our Pool/organization'],
    ['On Monday, Keep Your Library Open said the vote had been rigged.', 'Keep Your Library Open/organization'],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual([expected]);
  });

  it.each([
    // a possessive after a lower-case word is the pronoun: the name before the cue is the speaker
    ['Ada Brisk said our pool would close in May.', 'Ada Brisk/person'],
  ])('leaves alone: %s', (text, expected) => {
    expect(kinds(text)).toEqual([expected]);
  });
});

describe('mentions: names compromise does not know', () => {
  it.each([
    ['Yesterday Priya Raman-Okafor said no.', ['name:Priya Raman-Okafor']],
    ["Later Seamus O'Driscoll spoke.", ["name:Seamus O'Driscoll"]],
    ['Then Ludmila van der Berg arrived.', ['name:Ludmila van der Berg']],
    ['Critics cited J.R. Tolkwell and George Q. Adeyemi.', ['group:Critics', 'name:J.R. Tolkwell', 'name:George Q. Adeyemi']],
    ['The report quoted Nguyen Thi Lan at length.', ['description:The report', 'name:Nguyen Thi Lan']],
    ['We met José Ángel Ñúñez there.', ['pronoun:We', 'name:José Ángel Ñúñez']],
    ['Reporters met Bashar al-Hakimi on Monday.', ['group:Reporters', 'name:Bashar al-Hakimi']],
    ['Okonkwo left early.', ['name:Okonkwo']],
    // a headline ending in "in" is no place phrase of the paragraph after it
    ['Regulators step in\n\nOkonkwo froze the funds.', ['group:Regulators', 'name:Okonkwo']],
    // a particle opening a surname at the start of a sentence
    ['De la Vega left early.', ['name:De la Vega']],
    ['Van der Berg left early.', ['name:Van der Berg']],
    // a particle-like word before a common word is just a word
    ['Van drivers left early.', ['group:Van drivers']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
