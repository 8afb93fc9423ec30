import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Deeds in beat copy (courts, crime, business, science, sport) that a speech verb names: no cue.
describe('cues: beat deeds read through their object', () => {
  it.each([
    // a side's step in court
    ['The defence called three witnesses on Tuesday.'],
    ['The prosecution will call no expert witnesses.'],
    // a search turning something up
    ['Officers found drugs and cash in the flat.'],
    ['Divers found the body of a man near the pier.'],
    ['Police found a stash of weapons in the barn.'],
    // people menaced
    ['The pair threatened staff and smashed the till.'],
    ['A man threatened passengers on the late bus.'],
    // a product recall, an envoy called home
    ['The maker recalled a batch of eye drops on Friday.'],
    ['Tarnland recalled its ambassador from Vell.'],
    ['The firm is recalling thousands of faulty phones.'],
    // doing something again
    ['The lab repeated the test three times.'],
    ['Can the club repeat the feat next season?'],
    // keeping a rite, watching the sky
    ["Both teams observed a minute's silence before kick-off."],
    ['Astronomers observed the comet for a week.'],
    ['Most families in the town observe Ramadan.'],
    // a party
    ['The winger celebrated with the fans after the whistle.'],
    ['Supporters celebrated in the streets of Dunmore.'],
    // things counted in
    ['The airline added three routes in June.'],
    ['The chain added several new stores this year.'],
    // a fall
    ['Sales declined 5 percent in June.'],
    ['The index declined sharply on Friday.'],
    ['Home prices are declining in value across the region.'],
    ['Exports declined by a third.'],
    // markets and match reports
    ['Energy shares weighed on the market.'],
    ['The debt weighs heavily on the family.'],
    ['The new ferry weighs a tonne more than the old one.'],
    ['The substitute answered the call with a late goal.'],
    ['The keeper denied Holm with a fine save.'],
    ['Lund claimed gold in the 200 metres.'],
    ['Rask claimed the match ball after his hat-trick.'],
    // a rise in rank
    ['The chain promoted two regional managers.'],
    ['The chief promoted him to sergeant in May.'],
    // a passive recall with no clause or "as": a product taken back, a person called back
    ['The van was recalled in 2019 over faulty brakes.'],
    ['The envoy was recalled to Orvik.'],
    ['The striker was recalled for the final.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['The defence called the witness a liar.', ['called']],
    ['The panel found that the drugs were safe.', ['found']],
    ['The audit found 31 cases of fraud.', ['found']],
    ['The union threatened staff with the sack.', ['threatened']],
    ['The union threatened to strike.', ['threatened']],
    ['Ida Holm recalled the day she arrived in Vell.', ['recalled']],
    ['Ida Holm recalled that the drugs were cheap then.', ['recalled']],
    ['Ida Holm was later recalled as a kind teacher.', ['was later recalled as']],
    ['It was recalled that the mill had shut.', ['was recalled']],
    ['The mayor repeated the claim that the pier was safe.', ['repeated']],
    ['The lab chief repeated that the test was safe.', ['repeated']],
    ['Officers found that drugs were sold at the pier.', ['found']],
    ['She observed that rules were bent at the port.', ['observed']],
    ['The judge observed that the rules were unclear.', ['observed']],
    ['Workers celebrated the ruling on the pay deal.', ['celebrated']],
    ['She added that three routes would close.', ['added']],
    ['The senator promoted the toll as a fair deal.', ['promoted']],
    ['The mayor declined to comment on the toll.', ['declined']],
    ['Ida Holm declined the offer.', ['declined']],
    ['The senator weighed in on the toll.', ['weighed in on']],
    ['The board is weighing a bid for the ferry firm.', ['is weighing']],
    ['The mayor answered the call for reform in a speech.', ['answered']],
    ['Ida Holm denied the report that the pier would close.', ['denied']],
    ['Ida Holm claimed victory on Sunday.', ['claimed']],
    ['The firm declined in a statement to name the buyer.', ['declined in a statement']],
  ])('keeps the speech or the stance: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
