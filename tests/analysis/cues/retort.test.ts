// "fired back", "shot back": a retort next to the words that came back, gunfire or a ball's return elsewhere
// (cues/retort.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a phrasal verb of retort', () => {
  it.each<[string, string[]]>([
    ['“Check the minutes,” the councillor fired back.', ['fired back']],
    ['"Nobody asked you," Ortiz shot back.', ['shot back']],
    ['The councillor fired back: “Check the minutes.”', ['fired back:']],
    ['Ortiz shot back that the minutes were forged.', ['shot back']],
    ['Ortiz fired back sharply: “Nobody asked you.”', ['fired back sharply:']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Deputies fired back and the driver fled.', []],
    ['The patrol shot back at the smugglers from the dunes.', []],
    ['The rebound was shot back into the crowded box.', []],
    ['“We were pinned down,” the sergeant said, and his squad fired back.', ['said']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
