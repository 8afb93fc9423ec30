// A participle aside after a common noun ("the money, expected to total ..., would pay") describes the noun even
// when a figure with its own comma or point stands in it (cues/participles.ts, ASIDE_TAIL in verb-contexts.ts):
// the figure's comma is no close of the aside. Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';
import { runQuotes } from '../quote-run.js';

const cues = allCues;
const rows = (text: string) => runQuotes(text).map((q) => [q.text, q.cue?.text ?? null]);

describe('cues: a participle aside with a figure in it is no cue', () => {
  it.each<[string, string[]]>([
    ['Mayor Lena Ortiz said the money, expected to total 48 million euros a year, would pay for street cleaning.', ['said']],
    ['Ortiz said part of the income, estimated at £640,000 a year, would be spent on the harbour wall.', ['said']],
    ['The club, estimated to have lost 1,500 members over the winter, has cut its fees.', []],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('keeps the content whole over the aside', () => {
    expect(rows('Ortiz said part of the income, estimated at £640,000 a year, would be spent on the harbour wall.'))
      .toEqual([['part of the income, estimated at £640,000 a year, would be spent on the harbour wall', 'said']]);
  });

  it.each<[string, string[]]>([
    // no closing comma before the sentence goes on: the participle has its own clause
    ['Analysts estimated at the time that the deal was worth 640,000 pounds.', ['estimated']],
    // after a name, not a common noun: a speaker's aside of being asked, still a cue
    ['Ruiz, asked about the 1,200 job cuts, said the plant would reopen.', ['asked about', 'said']],
    // a finite verb with an object and a figure: the speaker's estimate
    ['The ministry estimated the cost at 4.5 million, a figure critics disputed.', ['estimated', 'disputed']],
    // a finite verb of its own right after the comma: "warned" reports
    ['The port, which handles 40,000 boxes a week, warned of delays.', ['warned of']],
  ])('leaves alone: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
