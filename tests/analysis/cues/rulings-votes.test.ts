import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: rulings with their vote, votes to take a stance, approving of, orders', () => {
  it.each([
    // a court's vote between the ruling and what it holds is read into the cue
    ['The bench ruled 5-2 that the map was unfair.', ['ruled 5-2']],
    ['The panel upheld the fee, ruling 6-1 that it met the charter.', ['ruling 6-1']],
    ['The court ruled 5 to 4 against the permit.', ['ruled 5 to 4 against']],
    // a vote to take a stance is the stance, the whole chain the cue
    ['The board voted 8 to 3 to back the levy.', ['voted 8 to 3 to back']],
    ['The council voted unanimously to condemn the raid.', ['voted unanimously to condemn']],
    // approving of: a held stance, as polls report it
    ['Most drivers approve of the new toll.', ['approve of']],
    ['Some 41 percent disapprove of how she handled the strike.', ['disapprove of']],
    // an order to someone, or that something be done
    ['The judge ordered the landlord to fix the heating.', ['ordered']],
    ['The court ordered that the files be sealed.', ['ordered']],
    // a count of people ordered (the number is no object by itself)
    ['Officials ordered about 3,500 tenants to leave the flooded blocks.', ['ordered']],
    ['The ministry ordered 40 striking nurses to return to work.', ['ordered']],
    // any plural told to leave, stay or stop: only those addressed can comply
    ['Wardens ordered 300 hikers to leave the moor before the storm.', ['ordered']],
    ['The health board ordered 12 takeaways to close.', ['ordered']],
    // a role's plural of any ending (lexicon/plurals.ts), before a place
    ['The sheriff ordered 30 deputies to the bridge before dawn.', ['ordered']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The king ruled the island for 40 years.', []],
    ['The board voted 8 to 3 to raise the levy.', []],
    ['The board approved the levy on Monday.', []],
    ['The approved budget is smaller.', []],
    ['She left early in order to catch the ferry.', []],
    ['He ordered the fish and a salad.', []],
    ['The shop ordered 500 lamps to sell in May.', []],
    ['The club ordered 12 new kits to replace the torn ones.', []],
    ['The depot ordered 40 buses to carry the extra fans.', []],
    ['They followed orders from the top to stay put.', []],
    // a "get" passive with no agent, complement or clause happens to its subject
    ['These days the young baker gets recognized wherever she goes.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it('keeps a "get" passive with its complement: "got criticized for"', () => {
    expect(verbCues('He got criticized for the delay.')).toEqual(['criticized for']);
  });
});

describe('cues: a ruling with a clause and no "that" (cues/ruling-holds.ts RULING_CLAUSE)', () => {
  it.each([
    ['Judge Vera Holm ruled the council had broken the law.', ['ruled']],
    ['The tribunal ruled the dismissal was unfair.', ['ruled']],
    ['The appeals court ruled Ms Darrow could keep the house.', ['ruled']],
    // a contact relative clause inside the ruling's own subject, its verb after it; an "of" phrase with its determiner
    ['The court ruled the evidence the police had gathered was inadmissible.', ['ruled']],
    ['The court ruled the sale of the farm was void.', ['ruled']],
    ['The panel ruled Monday the transfer was valid.', ['ruled Monday']],
  ])('%s', (text, cues) => {
    expect(verbCues(text)).toEqual(cues);
  });

  it.each([
    // governing: a plain object, a time or place after it, a relative clause on the object
    ['The king ruled the country for forty years.'],
    ['The family ruled the city when it was a port.'],
    ['The dynasty ruled the islands that were later sold.'],
    // a call on the field with an object complement, no finite verb
    ['The referee ruled the goal offside.'],
    // governing an object a contact relative clause describes (OBJECT_THEN_CLAUSE): no clause of a ruling follows
    ['The emperor ruled the empire the Romans had built.'],
    ['The khan ruled the lands his father had won for decades.'],
    ['The queen ruled the realm she had inherited with a firm hand.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
