// End-to-end probe, styles of the session-8 held-out set (PROBE): US campaign and Congress copy, polls, courts,
// officials speaking on condition of anonymity, stances of groups. Each row is a made-up sentence in a shape
// the built command got right on the blind set, so a later rule that breaks the shape shows here. Every name
// and number is made up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  // a share of poll respondents is the source; the percentage is no person
  pollshare: 'Only 14 percent said they trusted the council to finish the road.\n',
  // the anonymity clause stays between the source and its verb
  anonymous:
    'A senior official, who spoke on condition of anonymity because he was not authorized to comment, said the talks had stalled.\n',
  // documents vouch for the clause before 'according to'
  filings: 'Ada Venn raised $1.4 million in the quarter, according to filings with the election board.\n',
  survey: 'The survey found that 61 percent of voters oppose the toll.\n',
  // beliefs, fears and wishes of groups count (PolNeAR)
  doubt: 'Legal experts doubt the appeal will succeed.\n',
  fear: 'Patient groups fear the price will put the drug out of reach.\n',
  want: 'Families of the two sailors want the ministry to move faster.\n',
  backs: "The teachers' union backs the ban.\n",
  // an adverb between the auxiliary and the verb is part of the cue
  accused: 'Councillor Pia Rand has repeatedly accused the mayor of hiding the audit.\n',
  // a semicolon ends one report and starts the next
  semicolon: 'He said he would vote no; his aides said he was undecided.\n',
  // 'a friend of NAME' is the friend speaking, not the person named
  friendof: 'A friend of Ida Brenn said the car was parked outside all night.\n',
  // the question put to someone is reported, with nobody named as asking
  asked: 'Asked whether she would run again, Ivy Sorn laughed.\n',
  // acts of office that look like speech
  emergency: 'Governor Ada Pell declared a state of emergency for six counties.\n',
  vote: 'The board voted 7 to 2 on Thursday to raise fares.\n',
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  ['pollshare', 'indirect', 'they trusted the council to finish the road', null, 'said'],
  ['anonymous', 'indirect', 'the talks had stalled', 'a senior official', 'said'],
  ['filings', 'indirect', 'Ada Venn raised $1.4 million in the quarter', 'the election board', 'according to'],
  ['survey', 'indirect', '61 percent of voters oppose the toll', null, 'found'],
  ['doubt', 'indirect', 'the appeal will succeed', 'Legal experts', 'doubt'],
  ['fear', 'indirect', 'the price will put the drug out of reach', 'Patient groups', 'fear'],
  ['want', 'indirect', 'the ministry to move faster', 'Families', 'want'],
  ['backs', 'indirect', 'the ban', "the teachers' union", 'backs'],
  ['accused', 'indirect', 'the mayor of hiding the audit', 'Pia Rand', 'has repeatedly accused'],
  ['semicolon', 'indirect', 'he would vote no', null, 'said'],
  ['semicolon', 'indirect', 'he was undecided', 'aides', 'said'],
  ['friendof', 'indirect', 'the car was parked outside all night', 'a friend', 'said'],
  ['asked', 'indirect', 'whether she would run again', null, 'Asked'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: session-8 styles (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run);

  it.each(['pollshare', 'anonymous', 'filings', 'survey', 'doubt', 'fear', 'want', 'backs', 'accused', 'friendof', 'asked'])('%s: exactly one quote', (doc) => {
    expect(run.of('quote', doc)).toHaveLength(1);
  });

  it.each(['emergency', 'vote'])('%s: an act of office is no quote', (doc) => {
    expect(run.of('quote', doc)).toEqual([]);
  });
});
