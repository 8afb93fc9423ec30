// End-to-end probe, styles of the session-9 blind set (PROBE): US campaign, statehouse and hearing copy, plus wire
// beats (strikes, farming, fuel prices, transfers, defence). Each row is a made-up sentence in a shape the built
// command got right on the blind set, so a later rule that breaks the shape shows here. Every name and number is
// made up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  // an adverb between the auxiliary and the verb is part of the cue; a denial's object is its content
  denied: 'The Senn campaign has repeatedly denied the charge.\n',
  // negated speech keeps its content; 'neither' names nobody
  confirmed: 'Neither league has confirmed the fine.\n',
  notsaid: 'The ministry has not said how much the new barracks will cost.\n',
  whether: 'The port authority did not say whether it would hire more inspectors.\n',
  // the reporting clause after the content
  postposed: 'Bus drivers walked out for a third day, union leaders said.\n',
  // stances and fears of groups count (PolNeAR)
  alsoback: 'Some farm leaders also back the tariff.\n',
  grocers: 'Grocers fear the strike could empty shelves before the holiday.\n',
  callfor: 'Councillor Rhea Bonn called for an independent inquiry.\n',
  believes: 'The club believes the transfer can be completed by Friday.\n',
  // documents vouch for what they show
  records: 'Bank records show the charity had $2.3 million in reserve at the end of May.\n',
  // two verbs sharing one subject: two reports, each with its own content
  statement:
    'A ministry statement accused Kestria of "reckless drilling" near the border and warned that Vell would respond.\n',
  lawyer: 'Her lawyer said she "followed every rule" and accused the paper of twisting her words.\n',
  praised: 'Pilots praised the crew, and the union said the captain "did exactly the right thing."\n',
  // a deed that looks like speech: no quote
  grounded: 'The airline grounded two jets of the same age as a precaution.\n',
  // a written rule vouches for what it lays down, as records vouch for what they show (PolNeAR counts both)
  bars: 'State law bars judges from raising money for their own races.\n',
  rules: 'League rules require clubs to register new players before the window closes.\n',
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  ['denied', 'indirect', 'the charge', 'Senn campaign', 'has repeatedly denied'],
  ['confirmed', 'indirect', 'the fine', null, 'has confirmed'],
  ['notsaid', 'indirect', 'how much the new barracks will cost', 'the ministry', 'has not said'],
  ['whether', 'indirect', 'whether it would hire more inspectors', 'the port authority', 'did not say'],
  ['postposed', 'indirect', 'Bus drivers walked out for a third day', 'union leaders', 'said'],
  ['alsoback', 'indirect', 'the tariff', 'farm leaders', 'also back'],
  ['grocers', 'indirect', 'the strike could empty shelves before the holiday', 'Grocers', 'fear'],
  ['callfor', 'indirect', 'an independent inquiry', 'Rhea Bonn', 'called for'],
  ['believes', 'indirect', 'the transfer can be completed by Friday', 'the club', 'believes'],
  ['records', 'indirect', 'the charity had $2.3 million in reserve at the end of May', null, 'show'],
  ['bars', 'indirect', 'judges from raising money for their own races', null, 'bars'],
  ['rules', 'indirect', 'clubs to register new players before the window closes', 'League', 'require'],
  ['statement', 'partial', 'Kestria of "reckless drilling" near the border', 'a ministry statement', 'accused'],
  ['statement', 'indirect', 'Vell would respond', 'a ministry statement', 'warned'],
  ['praised', 'indirect', 'the crew', 'Pilots', 'praised'],
  ['praised', 'partial', 'the captain "did exactly the right thing."', 'the union', 'said'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: session-9 styles (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run);

  // the speaker of 'Her lawyer' with no one named before is left to the speaker rules; the two reports are checked
  it('lawyer: two reports, one content each', () => {
    expect(run.of('quote', 'lawyer').map((q) => [q.text, q.cue?.text])).toEqual([
      ['she "followed every rule"', 'said'],
      ['the paper of twisting her words', 'accused'],
    ]);
  });

  it.each(['denied', 'confirmed', 'notsaid', 'whether', 'postposed', 'alsoback', 'grocers', 'callfor', 'believes', 'records', 'bars', 'rules'])(
    '%s: exactly one quote',
    (doc) => {
      expect(run.of('quote', doc)).toHaveLength(1);
    },
  );

  it.each(['grounded'])('%s: a deed is no quote', (doc) => {
    expect(run.of('quote', doc)).toEqual([]);
  });
});
