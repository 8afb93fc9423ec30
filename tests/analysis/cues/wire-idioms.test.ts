import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Set phrases of wire copy that share a speech verb's form and report nobody's words (cues/acts-wire-idioms.ts).
describe('cues: "calls the shots", "called on" with no plea, "reports its results", an event that threatens or promises', () => {
  it.each([
    ['The coach calls the shots in the dressing room.'],
    ['Nobody calls the tune at the club except the owner.'],
    ['After 20 years the veteran keeper called it a day.'],
    ['The minister called on flood victims in Orla on Tuesday.'],
    ['The firm called on an outside auditor.'],
    ['Hollin Bank reports its quarterly results on Thursday.'],
    ['The club reports its results to the league every season.'],
    ['The dispute threatens to derail the talks.'],
    ['The weekend promises to be hot and dry across the south.'],
    ['Wet weather threatens to delay the harvest.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['The ministry called on residents to stay indoors.', ['called on']],
    ['Lind called on Gov. Ida Marr to resign over the spending.', ['called on']],
    ['The union called on the board for a recount.', ['called on']],
    ['The mayor called on drivers not to use the bridge.', ['called on']],
    ['She called it a day of shame for the city.', ['called']],
    ['Hollin Bank reported its earnings rose 4 percent.', ['reported']],
    ['Tarn Motors reported its annual accounts were late.', ['reported']],
    ['The union threatened to strike in March.', ['threatened']],
    ['Ruiz threatens to quit the team over pay.', ['threatens']],
    ['The Harbor Project promises to sue the council.', ['promises']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
