import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const records = (text: string): [string, string, string | null, string | null][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.type, text.slice(q.start, q.end), q.cue?.text ?? null, q.speakerMention?.text ?? null]);

describe('a quote of one short word before its frame', () => {
  it.each<[string, [string, string, string | null, string | null][]]>([
    // a one-word quote with a frame is speech, however short ("No" is no determiner of "said" across the marks)
    ['"No," said a spokeswoman.', [['direct', 'No,', 'said', 'a spokeswoman']]],
    ['“Ok,” said Ida Brenn.', [['direct', 'Ok,', 'said', 'Ida Brenn']]],
    // two paragraphs, each quote with its own frame: two records, none joined across the break
    ['"That is plainly false," shouted a Labour MP.\n\n"No," said a spokeswoman.\n', [
      ['direct', 'That is plainly false,', 'shouted', 'a Labour MP'],
      ['direct', 'No,', 'said', 'a spokeswoman'],
    ]],
  ])('%s', (text, want) => {
    expect(records(text)).toEqual(want);
  });

  it.each([
    // a single word in marks with no frame is a scare quote or a title, no speech
    ['Critics call it "No" theatre at best.'],
    ['There was no said agreement between them.'],
  ])('finds no direct quote in %s', (text) => {
    expect(records(text).filter((r) => r[0] === 'direct')).toEqual([]);
  });
});
