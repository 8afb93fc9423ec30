import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

// "according to" as "in line with" or "depending on" names no source: a verb that sets things by a basis right before
// it, or a bare noun of a plan or a custom right after it. A comma before it, a source after it, or a plan with a
// determiner or a modifier (a document that says something) keep the source reading.
describe('cues: "according to" of a basis or a plan kept is no cue', () => {
  it.each([
    ['The ferry launch went according to plan, and the first crossing sailed at noon.'],
    ['Work on the Orvik bypass is going according to schedule.'],
    ['Bus passes are priced according to income.'],
    ['Water charges vary widely according to the size of the household.'],
    ['Pupils at the Tarn school are grouped according to ability in maths.'],
    ['The old harbour chief was buried according to custom, at sea.'],
    ['The match ran according to form until the last ten minutes.'],
    // a basis participle before people's possessions, a count of them or a modifier: still the basis
    ['Places on the course are allocated according to the number of applicants.'],
    ["Grants are calculated according to the parents' income."],
    ['Bonuses at the depot are paid according to staff grades.'],
    ['Seats on the board are divided according to the share of members in each region.'],
  ])('no cue: %s', (text) => {
    expect(allCues(text).map((c) => c.toLowerCase())).not.toContain('according to');
  });

  it.each([
    // a source after the phrase, with or without a comma before it
    ['Fees rose 4 percent last year, according to the council.'],
    ['Water charges vary, according to the regulator, by as much as a third.'],
    ['The launch went ahead according to two engineers who were there.'],
    ['Funding for the centre is allocated according to local coaches who run it.'],
    // a state or a course after "go" or an adverb, which someone reports: no basis without a plan noun
    ['Talks on the Varde pipeline are going badly according to three people briefed on them.'],
    ['The ruling coalition is bitterly divided according to a survey of its members.'],
    ['Care workers in Ostby are poorly paid according to the nurses union.'],
    ['The rescue went well according to the coastguard.'],
    // people after a basis participle are who says: the participle is the state they report
    ['The cabinet is split according to three ministers.'],
    ['The old quarry site is badly polluted, and is now divided according to residents who live nearby.'],
    ['Staff at the mill are poorly treated and underpaid according to two former supervisors familiar with the accounts.'],
    ['The ferry crews are unfairly assigned according to Ms Dahl, the union steward.'],
    // a plan or a schedule with a determiner or a modifier is a document that says something
    ['According to the plan, 40 homes will be built on the Tarn site.'],
    ['Rents will rise, according to plan documents filed on Monday.'],
    ['The line opens in May, according to a schedule the operator published.'],
    ['According to the schedule released by the league, the derby is in March.'],
  ])('keeps the cue: %s', (text) => {
    expect(allCues(text).map((c) => c.toLowerCase())).toContain('according to');
  });
});
