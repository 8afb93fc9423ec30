import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// Each quote as [cue, content].
const quotes = (text: string): [string | null, string][] => analyze({ id: 't', text }).quotes.map((q) => [q.cue?.text ?? null, q.text]);

// Frames in which a speech verb reports nothing (cues/acts.ts, act-objects*.ts, participles.ts, verb-gates.ts) and a
// "whereas" that opens a clause of its own (quotes/positions.ts).
describe('speech verbs that report nothing', () => {
  it.each([
    // the saying is only measured
    ["The club's chairman said little about the manager's future."],
    ['The ministry says nothing about the cost of the new ferry.'],
    // a duration, a place reported to, a scolding, a summons
    ['Ona Veld spoke for 40 minutes at the harbour rally.'],
    ['The mayor spoke for eleven hours at the budget hearing.'],
    ['The suspect was questioned for six hours.'],
    ["The treasurer reported to the auditor's office on Friday."],
    ['The winger was told off by the referee.'],
    ['He was called to the stand by the defense.'],
    // a naming that opens the sentence, and a first name "Said"
    ['A firm called Tallow Mills bought the pier.'],
    ['An old mill called Brackenford was sold last year.'],
    // the name with "the", a title's marks, a joining word or an age after it
    ['A charity called the Harbour Trust has raised 40,000 pounds.'],
    ['A film called “Low Tide” won the prize.'],
    ['An exhibition called Salt and Iron opens on Friday.'],
    ['A man called Ivo Sarn, 44, was charged with theft.'],
    ['Said Omrani, the keeper, saved twice.'],
  ])('%s: no quote', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it.each([
    // a clause after "said much" and a topic after a duration stay speech
    ['Officials said much of the town was flooded.', [['said', 'much of the town was flooded']]],
    ['The mayor spoke for the second time about the budget.', [['spoke', 'for the second time about the budget']]],
    ['The governor spoke for an hour about the flood plan.', [['spoke for', 'an hour about the flood plan']]],
    ['She reported to the board that revenue fell.', [['reported', 'revenue fell']]],
    // calling someone something, however the sentence opens
    ['A reporter called Lind a liar at the hearing.', [['called', 'Lind a liar at the hearing']]],
    ["An aide called Lind's plan a trap.", [['called', "Lind's plan a trap"]]],
    ['A lawmaker called Voss corrupt.', [['called', 'Voss corrupt']]],
    ['A rival called Voss weak on crime.', [['called', 'Voss weak on crime']]],
    ['A critic called Salt and Iron overpriced.', [['called', 'Salt and Iron overpriced']]],
    ['A neighbour called the Harbour Trust a lifeline.', [['called', 'the Harbour Trust a lifeline']]],
    ['Said Ivo Sarn: "We will win."', [['Said', 'Ivo Sarn: "We will win."']]],
    // the summoned keep the speech that follows
    ['Police, called to the scene at 3 a.m., said the driver had fled.', [['said', 'the driver had fled']]],
  ])('%s: keeps its quote', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });
});

describe('"whereas" opens a clause with its own subject', () => {
  it.each([
    ['The minister said prices were stable, whereas economists at the central bank warned of inflation.',
      [['said', 'prices were stable'], ['warned of', 'inflation']]],
    ['The mayor said the bridge would reopen, while engineers at the county office cautioned against haste.',
      [['said', 'the bridge would reopen'], ['cautioned against', 'haste']]],
  ])('%s', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });
});
