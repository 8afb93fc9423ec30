// A thousands comma between digits does not end the subject phrase before a cue ("A poll of 1,500 voters
// showed ..."): the phrase is read whole (quotes/positions.ts). Invented texts; hand-built mentions.
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const speakerWords = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => q.speakerMention?.text ?? null);

describe('quotes: a number with a thousands comma inside the subject', () => {
  it.each<[string, M[], (string | null)[]]>([
    ['A poll of 1,500 tenants showed that most back the levy.', [['A poll of 1,500 tenants', 'description', null]], ['A poll of 1,500 tenants']],
    ['A group of 3,000 nurses said the rota was unsafe.', [['A group of 3,000 nurses', 'group', null]], ['A group of 3,000 nurses']],
  ])('%s', (text, ms, expected) => {
    expect(speakerWords(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[]]>([
    // a comma with a space after it still ends the phrase, digits or not
    ['By 2020, 40 nurses said the rota was unsafe.', [['40 nurses', 'group', null]], ['40 nurses']],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(speakerWords(text, ms)).toEqual(expected);
  });
});
