// "X, whose family has fished here for decades, said": a possessive relative aside closed by a comma before the
// cue; the speaker is X, not the aside's noun (quotes/speaker-aside.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const sources = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text}:${q.speakerMention?.text ?? null}`);

describe('speakers: a whose-aside before the cue', () => {
  it.each([
    ['Skipper Ola Berg, whose family has fished here for decades, said the quota was too low.', 'said:Skipper Ola Berg'],
    ['Ida Marsh, whose shop was flooded twice, says the council must act.', 'says:Ida Marsh'],
    ['The Tarnvik Boat Club, whose members voted on Sunday, warned that the season would be cut.', 'warned:Tarnvik Boat Club'],
  ])('%s', (text, expected) => {
    expect(sources(text)).toContain(expected);
  });

  it.each([
    // the cue inside the aside is its own clause's: the owner of the lawyer does not say it
    ['Ola Berg, whose lawyer said the case was weak, left early.', 'said:Ola Berg'],
    ['Skipper Ola Berg, whose family has fished here for decades, said the quota was too low.', 'said:family'],
  ])('leaves alone: %s', (text, absent) => {
    expect(sources(text)).not.toContain(absent);
  });
});
