// A relative clause in brackets inside the speaker phrase names no speaker (quotes/speaker-bracket.ts), and a cue
// inside such a bracket takes the head before it (quotes/positions.ts, relative-subject.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string): [string, string | null, string | null][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.cue?.text ?? '', q.speaker, q.speakerMention?.text ?? null]);

describe('quotes/speaker-bracket: a bracketed relative clause names no speaker', () => {
  it.each<[string, [string, string | null, string | null][]]>([
    ['The striker (whom fans voted player of the year) said he would stay.', [['said', null, 'The striker']]],
    ['Ruth Ames (whom the regulator questioned at length) said the bank had been warned.', [['said', 'Ruth Ames', 'Ruth Ames']]],
    // a cue inside the bracket speaks for the head before it
    ['The club (which denied the claims) said the players had done nothing wrong.',
      [['denied', 'the club', 'The club (which'], ['said', 'the club', 'The club']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string, string | null, string | null][]]>([
    // a bracket that opens no relative clause may name the speaker itself
    ['The firm (Tallo Motors) said sales fell.', [['said', 'Tallo Motors', 'Tallo Motors']]],
    // a relative clause after a comma is read as before
    ['The club, which denied the claims, said the players had done nothing wrong.',
      [['denied', 'the club', 'The club, which'], ['said', 'the club', 'The club']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
