// The hearing that heard a claim is not its source (quotes/speaker-hearer.ts): one convention for every hearing body.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [speaker, speaker mention] of the record whose cue is `cue`. */
const source = (text: string, cue: string): [string | null, string | null] | undefined => {
  const q = analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue);
  return q === undefined ? undefined : [q.speaker, q.speakerMention?.text ?? null];
};

describe('quotes: a hearing body that heard the claim names no speaker', () => {
  it.each([
    ['The van driver was tired, a tribunal heard.', 'heard'],
    ['The van driver was tired, the jury heard.', 'heard'],
    ['The van driver was tired, the trial heard on Monday.', 'heard'],
    ['The court heard that the baker had taken the cash over two years.', 'heard'],
    ['The inquest at Dunmore Town Hall heard that the alarm had been switched off.', 'heard'],
    ["Baker 'took cash from till', jury told\n\nA baker took cash from a till.", 'told'],
  ])('%s', (text, cue) => {
    expect(source(text, cue)).toEqual([null, null]);
  });

  it.each([
    // another hearer of "hear" is left to the speaker rules, and a hearing body that tells is its speaker
    ['Staff heard from managers that the site would close.', 'heard', ['Staff', 'Staff']],
    ['The tribunal told the firm that it had broken the rules.', 'told', ['the tribunal', 'The tribunal']],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(source(text, cue)).toEqual(expected);
  });
});
