// A report, then the occasion it was made on with a relative clause whose subject says something ("in a video where
// she said ...", "at a rally at which its leader told ..."): a second attribution, and the first content ends before
// the occasion's preposition (quotes/content-end-occasion.ts). A relative on any other noun, a verb in it that reports
// nothing, or an occasion with no relative stays in the content. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: an occasion with a relative clause of saying ends the content before it', () => {
  it.each<[string, (string | null)[][]]>([
    ['The actor thanked the lifeguards in a short clip where he said, “You kept every swimmer on this beach safe.”',
      [['the lifeguards', 'thanked'], ['You kept every swimmer on this beach safe.', 'said']]],
    ['The chef slammed the inspectors in a post in which she wrote that the hygiene rules were “absurd.”',
      [['the inspectors', 'slammed'], ['the hygiene rules were “absurd.”', 'wrote']]],
    ['The union thanked the night nurses at a rally on Friday where its leader told them the strike would go on.',
      [['the night nurses', 'thanked'], ['the strike would go on', 'told']]],
    ['The coach blamed the referee in an interview with Radio Tarn in which he claimed the penalty was “a joke.”',
      [['the referee', 'blamed'], ['the penalty was “a joke.”', 'claimed']]],
    // a letter beyond Latin-1 before the occasion (the full pattern runs, not its Latin-1 twin): read alike
    ['The chef slammed the Łódź inspectors in a post in which she wrote that the rules were absurd.',
      [['the Łódź inspectors', 'slammed'], ['the rules were absurd', 'wrote']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a relative on a place, not an occasion of saying, and no verb of saying in it
    ['Ida Moss said the town where she grew up had flooded twice.', [['the town where she grew up had flooded twice', 'said']]],
    // the relative's verb of saying reports nothing: it stays in the content
    ['The board criticized the conduct at the hearing at which the mayor testified.', [['the conduct at the hearing at which the mayor testified', 'criticized']]],
    // a relative on a noun of the content that is no occasion
    ['Residents praised the garden in the square where the mayor said the fountain would stay.', [['the garden in the square where the mayor said the fountain would stay', 'praised']]],
    // an occasion with no relative clause
    ['The senator thanked the volunteers in a video posted on Sunday.', [['the volunteers in a video posted on Sunday', 'thanked']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
