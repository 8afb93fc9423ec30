import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "billed as": presenting something as something (Levin's dub verbs, like "dub", "tout", "hail ... as"), a cue only
// with "as" and a description after it (frames.ts BILLED_AS); elsewhere "billed" is charging money.
describe('cues: "billed as" frames a description', () => {
  it.each([
    ['The regatta was billed as the largest on the coast.', ['was billed as']],
    ['Promoters billed the bout as a grudge match.', ['billed']],
    ['The merger, which was billed as a rescue, cost 400 jobs.', ['was billed as']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // charging money: no "as", or "as" with an amount or a set phrase
    ['The contractor billed the school for the new roof.'],
    ['Tenants were billed as usual in April.'],
    ['Some drivers were billed as much as $90 for the tow.'],
    ['Residents were billed as part of the water levy.'],
    // the noun and the other forms
    ['The bill passed as expected.'],
    ['Billing errors left the utility with a fine.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});

// Judging something (Levin's declare verbs): "deem" in all its forms (lexicon/speech-verbs-mind.ts), "judged" only with
// what it holds after it (frames.ts JUDGED_AS): a description after its object, "to be", "too", or a that-clause.
describe('cues: a judgement held of something', () => {
  it.each([
    ['The surveyors deemed the old pier unsafe.', ['deemed']],
    ['The tribunal deems the fee a tax.', ['deems']],
    ['The lease was deemed void by the court.', ['was deemed']],
    ['Most critics judged the sequel a letdown.', ['judged']],
    ['The jury judged the fire to be an accident.', ['judged']],
    ['Engineers judged that the dam would hold.', ['judged']],
    ['The extension was judged too costly.', ['was judged']],
    // a view conceded or settled, with its clause (frames.ts SETTLED_THAT)
    ['The coach accepted that the defence had been too slow.', ['accepted']],
    ['In the end the panel decided that the stand was safe.', ['decided']],
    ['The airline accepted that 40 flights had left late.', ['accepted']],
    // a bare noun with its finite verb is a clause too
    ['Vets decided that surgery was too risky for the foal.', ['decided']],
    ['The tenants accepted that rents would rise in spring.', ['accepted']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // judging a contest or a thing, or "judging by" the writer's hedge
    ['She judged the jam contest at the county show.'],
    ['Ana Ruiz judged a dog show in April.'],
    ['The roses were judged by a panel of growers.'],
    ['Judging by the queues, the sale went well.'],
    ['The judges retired for an hour.'],
    // taking or settling a thing, or a choice to act
    ['The striker accepted that offer within a day.'],
    ['The club accepted the bid for its keeper.'],
    ['The council decided to close the pool.'],
    ['A panel of three judges decided that case in May.'],
    ['The bank accepts that card in every branch.'],
    ['A late penalty decided that match.'],
    ['The jury decided that night to return a verdict.'],
    ['The referee decided that game with a late whistle.'],
    // a judging participle describing the noun before it, its judges unnamed (participles.ts)
    ['Staff deemed essential kept working through the storm.'],
    ['Houses considered unsafe will be pulled down.'],
    ['Any toy deemed dangerous is taken off the shelves.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});

// "call" with an event convened, then a condition (frames.ts CALLED_EVENT): convening, not calling anything anything.
describe('cues: an event called on a condition', () => {
  it.each([
    ['Under the charter, the governor calls a fresh referendum if no budget passes by June.'],
    ['The union will call a strike unless the offer improves.'],
    ['The speaker may call a session once the floods recede.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // the event named something, or called for
    ['The senator called the election rigged if the count was stopped.', ['called']],
    ['The union called for a strike if the offer did not improve.', ['called for']],
  ])('keeps the naming or the demand: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// "noticed" (lexicon/speech-verbs-mind.ts): coming to see that something holds, only with its clause (frames.ts reads it as
// it reads "learned"); a thing seen, or the noun "notice", is no view.
describe('cues: "noticed" with a clause', () => {
  it.each([
    ['The ranger noticed that the gate had been forced.', ['noticed']],
    ['A cashier noticed the notes were fake.', ['noticed']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The vet noticed a swelling on the mare\'s knee.'],
    ['Few commuters noticed the new timetable.'],
    ['A notice that the pool would close hung on the gate.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});

// "appeal" is a request only with what is asked for (frames.ts APPEAL_FOR): "for" and the help, or "to" whom it asks
// and an infinitive of what to do; "appealed the ruling" is a legal act, "appealed to viewers" pleased them.
describe('cues: an appeal to someone to act', () => {
  it.each([
    ['Police have appealed to drivers to stay off the roads.', ['have appealed']],
    ['The fire chief appealed to residents not to light bonfires.', ['appealed']],
    ['The coroner appealed to club members to come forward.', ['appealed']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The show appealed to younger viewers.'],
    ['The firm appealed to the High Court.'],
    ['The plan appealed to many growers who hoped to expand.'],
    // a court, tribunal, judge or panel asked to rule: a legal appeal, not a public request
    ['The lawyers appealed to the high court to overturn the verdict.'],
    ['The club appealed to the Sports Tribunal to lift the ban.'],
    ['Her family appealed to a judge not to jail the driver.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text).filter((c) => /appeal/.test(c))).toEqual([]);
  });
});
