// A quote in marks framed by its own verb inside a transcript turn stands beside the turn (quotes/transcript-quoted.ts,
// read by transcript.ts and nesting.ts); other speech inside a turn stays the turn's. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const records = (text: string): [string, string, string | undefined, string | null][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.type, q.text, q.cue?.text, q.speakerMention?.text ?? null]);

const turn = (answer: string): string => `Q: Why did you stay?\n\nLUND: ${answer}\n\nQ: And now?\n\nLUND: We wait.`;

describe('quotes: a framed quote in marks inside a transcript turn', () => {
  it.each<[string, [string, string, string | undefined, string | null][]]>([
    [turn('The fans kept coming. My old coach told me, "This club will carry you if you let it," and he was right.'), [
      ['partial', 'The fans kept coming. My old coach told me, "This club will carry you if you let it," and he was right', ':', 'LUND'],
      ['direct', 'This club will carry you if you let it,', 'told', 'My old coach'],
      ['direct', 'We wait', ':', 'LUND'],
    ]],
    [turn('Our captain said: "Nobody leaves." So nobody did.'), [
      ['partial', 'Our captain said: "Nobody leaves." So nobody did', ':', 'LUND'],
      ['direct', 'Nobody leaves.', 'said:', 'Our captain'],
      ['direct', 'We wait', ':', 'LUND'],
    ]],
  ])('%s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // reported speech without marks stays the turn's
    [turn('My old coach told me the club would carry me, and he was right.'), ['transcript-turn', 'transcript-turn']],
    // marks the verb does not open (a word or phrase quoted further on) stay the turn's too
    [turn('My old coach said the "fortress" years were over, and he was right.'), ['transcript-turn', 'transcript-turn']],
  ])('leaves alone: %s', (text, expected) => {
    expect(analyze({ id: 't', text }).quotes.map((q) => q.rule)).toEqual(expected);
  });
});
