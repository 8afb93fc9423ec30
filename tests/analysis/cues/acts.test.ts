import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: speech verbs used as deeds', () => {
  it.each([
    // greeting people or a birth, not approving anything
    ['The mayor welcomed the visitors at the gate.'],
    ['When she welcomed several dozen pilgrims, the band played.'],
    ['The coach welcomed her to the club on Monday.'],
    ['The captain welcomed them aboard.'],
    ['The club welcomed back the injured striker.'],
    ['The couple welcomed a baby daughter in May.'],
    // a cause accounting for an effect, and the idiom of being answerable
    ['The drought could help explain why the orchards are failing.'],
    ['Cheaper fuel helps explain the rise in traffic.'],
    ['Now the harbour board has a lot of explaining to do.'],
    // "thanks" as the noun after a verb of saying or giving
    ['Dana Kerr rose at the dinner to say thanks.'],
    ['The crew gave thanks at the harbour.'],
    // a result recorded, an office taken on, an event disrupted, a suit or a race
    ['Dunmore City posted a 3-1 win over the visitors.'],
    ['Harlow Mills posts a smaller profit for the year.'],
    ['Ana Ruiz assumed office in January.'],
    ['Soon after assuming her role, the envoy flew north.'],
    ['Hecklers interrupted his budget speech twice.'],
    ['The tenants sued, challenging the new levy in district court.'],
    ['Ivo Sarn is challenging the mayor for the nomination.'],
    // admitted to a hospital, a body or on a date: an admission, not a confession
    ['She was admitted to hospital on Friday.'],
    ['The man was frail when he was admitted in March.'],
    // writing into a record, making oneself noticed
    ['Nurses noted the time of each dose on a chart.'],
    ['The guard noted down the plate number.'],
    ['The firm announced its arrival with a party.'],
    // a sum, a particle of return, a stretch of time, one's own record, something kept up
    ['The repairs at the depot added up to a mess.'],
    ['The council will bring back that tram.'],
    ['It is a reform he has pushed for weeks.'],
    ['Many did not confirm their booking.'],
    ['The club maintains a rowing program for juniors.'],
    ['Lind continues to maintain a narrow lead.'],
    // coming from a place, winning a prize, setting figures side by side
    ['Many of the cooks, who hail originally from Varn, left.'],
    ['Ida Lind claimed the trophy for the best speech.'],
    ['Auditors then compared the figures with the bank records.'],
    // passing something on, violence, a journalist at work or informing on someone
    ['The clerk referred all callers to the harbour office.'],
    ['The board referred the case to prosecutors.'],
    ['Raiders attacked the depot at dawn, wounding a clerk.'],
    ['A man attacked a guard with a knife.'],
    ['Tova Marsh often reports live from the flood zone.'],
    ['She has reported from three summits since May.'],
    ['A neighbour reported them to the landlord.'],
    // a force of nature does deeds; force and motion; summoning help; aiming; rank; money
    ['Hurricane Ola hammered the coast on Tuesday.'],
    ['The wildfire threatened 200 homes near Varn.'],
    ['Floodwaters threatened to swamp the levee.'],
    ['The van slammed into a wall on Route 9.'],
    ['The two sides hammered out a deal overnight.'],
    ['The band blasted music all night.'],
    ['Neighbors called police after hearing shots.'],
    ['She called 911.'],
    ['He pointed a rifle at the officers.'],
    ['Lind was promoted to captain in May.'],
    ['The bakery declared bankruptcy in 2009.'],
    ['She posted bail on Friday.'],
    ['The union called a snap strike for Monday.'],
    // what a device handles, menacing with a weapon
    ['The phone has a larger screen and supports wireless charging.'],
    ['The app supports 40 languages.'],
    ['Police arrested a man who threatened staff with a knife.'],
    // a picture shared, a bearing shown, speaking for someone: no claim reported
    ['Ivo Sarn posted a picture of her allotment at the fair.'],
    ['The club posted a short video of the parade on Sunday.'],
    ['The baker showed no reaction when the prize went to her rival.'],
    ['Ola Berg spoke on behalf of the ferry crews.'],
    // an interrogation, a gesture to a crowd
    ['Police questioned three men on Friday.'],
    ['Detectives questioned the taxi driver for two hours.'],
    ['Officers questioned her at the station.'],
    ['The singer acknowledged the crowd with a wave.'],
    // a phone call to kin or a place, a match result, a name chanted
    ['Ivo Sarn called his mother every day.'],
    ['She called the bank to complain.'],
    ['The Harriers claimed a 2-1 win at home.'],
    ['Fans chanted his name after the final whistle.'],
    // accountable to someone, or called by a name
    ['The harbour master answered to the board.'],
    ['The dog answered to the name Rex.'],
    // the same with a letter beyond Latin-1 after the form (its pattern runs, not the Latin-1 twin)
    ['Mr. Dvořák answered the phone at the Łódź office.'],
    // a vehicle reversed, a load borne, a limb spared, an illness or a river at work
    ['She backed the van into the gate.'],
    ['Two oak pillars supported the weight of the hall.'],
    ['He favoured his left knee after the tackle.'],
    ['The cancer had attacked her liver.'],
    ['The virus attacks the immune system.'],
    ['The swollen river threatened homes along the bank.'],
    ['Floodwater threatens homes along the Tarn.'],
    ['The heat threatens crops in Orvik.'],
    // writing to someone with nothing of the writing reported
    ['Over the years she has written letters for dozens of neighbours.'],
    ['He wrote a check to the campaign in May.'],
    ['The mayor told jokes at the harbour dinner.'],
    ['The judge dismissed the case on Friday.'],
    ['A federal judge dismissed the fraud charges against Ivo Sarn.'],
    // points or a contest given up, someone refused something
    ['The Harriers conceded two late goals.'],
    ['The hospital admitted 40 patients overnight.'],
    ['The club admitted two new members in May.'],
    ['Ivo Sarn conceded shortly after midnight and went home.'],
    ['The tenant was denied bail, and the court denied him a visa.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // approving a decision, a ruling or news is a stance
    ['The mayor welcomed the ruling as overdue.', ['welcomed']],
    ['The union welcomed her decision to stay.', ['welcomed']],
    ['Residents welcomed the news that the plant would stay open.', ['welcomed']],
    // someone explaining, and thanking someone
    ['The mayor explained why the bridge closed.', ['explained']],
    ['Ana Ruiz thanks the volunteers in a letter.', ['thanks']],
    ['The agency posted a notice that the pier was closed.', ['posted']],
    ['He assumed the rival would quit.', ['assumed']],
    ['Ana Ruiz interrupted the minister to ask about the cost.', ['interrupted']],
    ['Ivo Sarn challenged the mayor to a debate.', ['challenged']],
    ['It was admitted that the pump had failed.', ['was admitted']],
    ['He admitted that the pump had failed.', ['admitted']],
    ['He noted the rise in rents.', ['noted']],
    ['The firm announced its arrival in Varn on Monday.', ['announced']],
    ['She has pushed for a recount.', ['has pushed for']],
    ['She confirmed that the pier would close.', ['confirmed']],
    ['He maintained his innocence.', ['maintained']],
    ['Voters back the plan.', ['back']],
    ['Critics hail the plan as bold.', ['hail']],
    ['She claimed that the vote was rigged.', ['claimed']],
    ['He compared the mayor to a magician.', ['compared']],
    ['He referred to the audit twice.', ['referred to']],
    ['Ida Lind attacked the plan as reckless.', ['attacked']],
    ['Our correspondent reported from the port that the ferry had sunk.', ['reported']],
    ['The National Storm Center threatened to sue the county.', ['threatened']],
    ['Ferry crews caught in the storm described huge waves.', ['described']],
    ['The senator slammed the plan as reckless.', ['slammed']],
    ['The senator hammered away at the toll plan.', ['hammered']],
    ['She hammered home the point that fares must fall.', ['hammered']],
    ['Ida Lind called the police chief a liar.', ['called']],
    ['He pointed out that the fee rose.', ['pointed out']],
    // naming a convened event something is calling it something
    ['The board backed the toll, with the mayor calling the vote "a fresh start."', ['backed', 'calling']],
    ['She called the election a fraud.', ['called']],
    ['The senator supports the bill.', ['supports']],
    ['She supports more than 40 charities.', ['supports']],
    ['The union threatened the firm with a strike.', ['threatened']],
    ['The water company threatened to sue Orvik.', ['threatened']],
    ['The mayor posted a video saying the bridge would reopen.', ['posted', 'saying']],
    ['Ivo Sarn posted a photo that he said proved the dam had cracked.', ['posted', 'said']],
    ['Ola Berg spoke about the cost of the bridge.', ['spoke about']],
    ['Senators questioned the chief executive about the fees.', ['questioned']],
    ['Ola Berg questioned the wisdom of the toll.', ['questioned']],
    ["The judge questioned the witnesses' account.", ['questioned']],
    ['Ola Berg questioned them on the cost of the pier.', ['questioned']],
    ["The mayor acknowledged the crowd's anger over the toll.", ['acknowledged']],
    ['Ivo Sarn called his brother a hero.', ['called']],
    ['Ola Berg called the bank merger a disaster.', ['called']],
    ['The mayor claimed a partial victory at the harbour.', ['claimed']],
    ['Fans chanted that the owner must go.', ['chanted']],
    ['She answered the critics in a long letter.', ['answered']],
    ['Dvořák answered that the Łódź office would stay open.', ['answered']],
    ['The senator backed the car tax.', ['backed']],
    ['She supported the weight limit for the bridge.', ['supported']],
    ['Most voters favour the new tram line.', ['favour']],
    ['Ida Lind attacked the heart of the plan.', ['attacked']],
    ['She wrote a letter to the harbour board asking that the pier stay open.', ['wrote a letter to the harbour board asking']],
    ['He wrote a letter to the editor about the toll.', ['wrote']],
    ['He told a joke about the mayor.', ['told']],
    ['The mayor dismissed the charges as a smear.', ['dismissed']],
    ['Ivo Sarn conceded that the race was lost.', ['conceded']],
    ['The hospital admitted its mistake.', ['admitted']],
    ["The school admitted the pupils' claims were true.", ['admitted']],
    ['She has conceded the toll is unfair.', ['has conceded']],
    ['He denied the report that the pier would close.', ['denied']],
    ['Ola Berg dismissed protesters who called the toll unfair.', ['dismissed', 'called']],
    ['He told reporters the joke was old.', ['told']],
    ['The poll showed a sharp reaction against the toll.', ['showed']],
  ])('keeps the stance or the speech: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// cues/acts: "assuming"/"supposing" after a comma, a dash or a bracket, or opening the sentence, is the conjunction of a
// condition, no belief.
describe('cues: "assuming" and "supposing" as conjunctions of a condition', () => {
  it.each([
    ['The mill could reopen by May, assuming the new boiler arrives.'],
    ['The mill could reopen by May -- assuming that the new boiler arrives.'],
    ['Supposing the talks fail, the port will close.'],
  ])('%s: no cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['Traders are assuming the bank will hold rates.', ['are assuming']],
    ['The board assumes the levy will pass.', ['assumes']],
  ])('keeps the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
