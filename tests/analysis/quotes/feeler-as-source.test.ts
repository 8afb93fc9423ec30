// A verb of causing a feeling, its feeler the object (quotes/feeler-as-source.ts): the subject is the content, the feeler
// its source. Invented texts, run through the whole analysis.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string): (string | null)[][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('quotes: a feeling caused in someone', () => {
  it.each<[string, (string | null)[][]]>([
    ['The new toll has angered commuters across the city.', [['The new toll', 'commuters', 'has angered']]],
    ['The verdict alarmed lawyers.', [['The verdict', 'lawyers', 'alarmed']]],
    ['The pace of the repairs is frustrating tenants.', [['The pace of the repairs', 'tenants', 'is frustrating']]],
    ['The price rise does not surprise Ana Mora, a baker in the town.', [['The price rise', 'Ana Mora', 'does not surprise']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // someone who caused it did something; a pronoun subject names no thing
    ['The keeper frustrated the hosts for an hour.', []],
    ['Ida Holm impressed the judges with her routine.', []],
    ['It surprised many of the guests.', []],
    // the feeler's adjective keeps its own clause
    ['Residents were surprised the pier had closed.', [['the pier had closed', 'Residents', 'were surprised']]],
    // "worries that": the worrier's clause
    ['Analysts worry that rents will rise.', [['rents will rise', 'Analysts', 'worry']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
