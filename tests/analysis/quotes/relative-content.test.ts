// A relative pronoun before a cue's subject opens the content (quotes/relative-content.ts), unless the speaker read
// runs to that pronoun: then it is its own clause's subject ("Parents who help teachers said"). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speaker, q.cue?.text ?? null]);

describe('quotes/relative-content: the pronoun as the reported clause\'s own part', () => {
  it.each<[string, (string | null)[][]]>([
    ['The council passed a rule which critics say is unfair.', [['which critics say is unfair', 'critics', 'say']]],
  ])('content from the pronoun: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // the speaker runs to "who": the clause is the subject's, the content starts after the cue
    ['Parents who help teachers said the new timetable was confusing.', [['the new timetable was confusing', 'Parents', 'said']]],
    ['Volunteers who train nurses said the ward was short of beds.', [['the ward was short of beds', 'Volunteers', 'said']]],
  ])('leaves the pronoun out: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
