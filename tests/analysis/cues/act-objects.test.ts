import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "concede" with a race named by its modifiers (cues/act-objects.ts CONCEDED_RACE): a loss accepted, no admission.
describe('cues: a race conceded, named with its modifiers', () => {
  it.each([
    ["The mayor conceded the party's council primary to a retired nurse on Tuesday."],
    ['Ostrova concedes mayoral race after long count'],
    ['Tamsin Orr conceded the Harbour Ward seat shortly after the count.'],
    ['Late on Sunday the senator conceded his state Senate runoff, ending a 20-year career.'],
    ['Kell Barto, who led early, conceded the county commission race.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // a clause whose subject is the race, or a that-clause: an admission
    ['The mayor conceded the council primary was lost by his own campaign.', ['conceded']],
    ['Ida Marr conceded the race for the nomination was over.', ['conceded']],
    ['He conceded that the ward seat had been out of reach.', ['conceded']],
    // a race that is only a modifier of what was conceded
    ["She conceded the primary electorate had moved away from her.", ['conceded']],
    ['The candidate conceded the point about turnout.', ['conceded']],
  ])('keeps the admission: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// The objects of the general table (cues/act-objects.ts ACT_AFTER) on whole sentences; and the same verbs where they
// still report a stance or words.
describe('cues: objects that make a speech verb a deed', () => {
  it.each([
    // greeting people or a birth, not approving anything
    ['The mayor welcomed the visitors at the gate.'],
    ['When she welcomed several dozen pilgrims, the band played.'],
    ['The coach welcomed her to the club on Monday.'],
    ['The captain welcomed them aboard.'],
    ['The club welcomed back the injured striker.'],
    ['The couple welcomed a baby daughter in May.'],
    // an office taken on, an event disrupted, a record written into, an arrival made noticed
    ['Ana Ruiz assumed office in January.'],
    ['Soon after assuming her role, the envoy flew north.'],
    ['Hecklers interrupted his budget speech twice.'],
    ['Nurses noted the time of each dose on a chart.'],
    ['The guard noted down the plate number.'],
    ['The firm announced its arrival with a party.'],
    // one's own record, something kept up, coming from a place, a prize won, figures set side by side
    ['Many did not confirm their booking.'],
    ['The club maintains a rowing program for juniors.'],
    ['Lind continues to maintain a narrow lead.'],
    ['Many of the cooks, who hail originally from Varn, left.'],
    ['Ida Lind claimed the trophy for the best speech.'],
    ['The Harriers claimed a 2-1 win at home.'],
    ['Auditors then compared the figures with the bank records.'],
    // passing something on, a journalist at work or informing on someone, a rank
    ['The clerk referred all callers to the harbour office.'],
    ['The board referred the case to prosecutors.'],
    ['Tova Marsh often reports live from the flood zone.'],
    ['She has reported from three summits since May.'],
    ['A neighbour reported them to the landlord.'],
    ['Lind was promoted to captain in May.'],
    // what a device handles, a load borne, a bearing shown, speaking for someone, a gesture to a crowd, a name chanted
    ['The phone has a larger screen and supports wireless charging.'],
    ['The app supports 40 languages.'],
    ['Two oak pillars supported the weight of the hall.'],
    ['The baker showed no reaction when the prize went to her rival.'],
    ['Ola Berg spoke on behalf of the ferry crews.'],
    ['The singer acknowledged the crowd with a wave.'],
    ['Fans chanted his name after the final whistle.'],
    // accountable to someone, or called by a name; the same with a letter beyond Latin-1 after the form (its pattern
    // runs, not the Latin-1 twin)
    ['The harbour master answered to the board.'],
    ['The dog answered to the name Rex.'],
    ['Mr. Dvořák answered the phone at the Łódź office.'],
    // a distress call taken (moved from acts-plain-news.test.ts)
    ['A coastguard cutter answered a distress call from a trawler.'],
    // a vehicle reversed, a limb spared, jokes told
    ['She backed the van into the gate.'],
    ['He favoured his left knee after the tackle.'],
    ['The mayor told jokes at the harbour dinner.'],
    // points or a contest given up, people let in
    ['The Harriers conceded two late goals.'],
    ['Ivo Sarn conceded shortly after midnight and went home.'],
    ['The hospital admitted 40 patients overnight.'],
    ['The club admitted two new members in May.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // approving a decision, a ruling or news is a stance
    ['The mayor welcomed the ruling as overdue.', ['welcomed']],
    ['The union welcomed her decision to stay.', ['welcomed']],
    ['Residents welcomed the news that the plant would stay open.', ['welcomed']],
    ['He assumed the rival would quit.', ['assumed']],
    ['Ana Ruiz interrupted the minister to ask about the cost.', ['interrupted']],
    ['He noted the rise in rents.', ['noted']],
    ['The firm announced its arrival in Varn on Monday.', ['announced']],
    ['She confirmed that the pier would close.', ['confirmed']],
    ['He maintained his innocence.', ['maintained']],
    ['Critics hail the plan as bold.', ['hail']],
    ['She claimed that the vote was rigged.', ['claimed']],
    ['The mayor claimed a partial victory at the harbour.', ['claimed']],
    ['He compared the mayor to a magician.', ['compared']],
    ['He referred to the audit twice.', ['referred to']],
    ['Our correspondent reported from the port that the ferry had sunk.', ['reported']],
    ['The senator supports the bill.', ['supports']],
    ['She supports more than 40 charities.', ['supports']],
    ['She supported the weight limit for the bridge.', ['supported']],
    ['The poll showed a sharp reaction against the toll.', ['showed']],
    ['Ola Berg spoke about the cost of the bridge.', ['spoke about']],
    ["The mayor acknowledged the crowd's anger over the toll.", ['acknowledged']],
    ['Fans chanted that the owner must go.', ['chanted']],
    ['Fans chanted that the coach should go.', ['chanted']],
    ['She answered the critics in a long letter.', ['answered']],
    ['Dvořák answered that the Łódź office would stay open.', ['answered']],
    ['The senator backed the car tax.', ['backed']],
    ['Most voters favour the new tram line.', ['favour']],
    ['He told a joke about the mayor.', ['told']],
    ['He told reporters the joke was old.', ['told']],
    ['Ivo Sarn conceded that the race was lost.', ['conceded']],
    ['She has conceded the toll is unfair.', ['has conceded']],
    ['The hospital admitted its mistake.', ['admitted']],
    ["The school admitted the pupils' claims were true.", ['admitted']],
    ['He admitted that the pump had failed.', ['admitted']],
  ])('keeps the stance or the speech: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// a prize claimed (act-objects.ts claim, lexicon/deed-objects.ts CLAIMED_PRIZES; moved out of acts-plain-news.test.ts)
describe('cues: a goal or a point claimed', () => {
  it.each([
    ['Ivo Brandt claimed his 15th goal of the season at Kessel.'],
    ['Tolby claimed a bonus point with a late try.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // the prize is the subject of a claimed clause
    ['Ruiz claimed the goal was his, not an own goal.', ['claimed']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
