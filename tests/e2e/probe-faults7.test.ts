// End-to-end probe, faults found on held-out invented news (PROBE, session 7) and fixed this session: each row
// is a made-up sentence in the shape of one fault, run once through the built command, so a later rule that
// brings the fault back shows here. Every name and number is made up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  // an -ing word opening the sentence before a title and a name is part of the title, not a participle cue
  planning: 'Planning inspector Joe Rudd said the hearing would resume in May.\n',
  butlicensing: 'But licensing committee chair Omar Vell said the bar had "broken every rule."\n',
  reporting: 'Reporting restrictions were lifted after the coroner said the inquiry was complete.\n',
  // where the words appeared is not what was written
  writingin: 'Writing in the Harbour Gazette, columnist Ned Orme called the budget timid.\n',
  // a passive 'admitted' with no that-clause is an admission to a hospital, not a confession
  admitted: 'Doctors said Ms Kerr had been confused when she was admitted in June.\n',
  ward: "The boy was admitted to a children's ward on Friday.\n",
  // 'that' before a finite verb is the reported clause's subject, not its complementizer
  thatsubject: 'Shop owners say that is far too little.\n',
  // a time phrase right after the cue belongs to the saying, not to what was said
  onfriday: 'The ministry said on Friday the border would reopen.\n',
  lastmonth: 'The airline said last month fares would rise.\n',
  // a second predicate of the reported subject after 'but'/'and' goes on with the content
  butwould: 'The coach said he was "very proud" but would not discuss his future.\n',
  andwere: 'The banks said they would cut fees and were confident regulators would approve.\n',
  // a comma relative inside the content does not end it, and the report inside it stays inside
  // 'the panel' and 'the authority' are the named body whose name ends in that word (a gerund inside the name kept)
  panel: 'The Harwick Rowing Panel suspended two crews on Monday. The panel said both had missed tests.\n',
  authority: 'The National Grain Authority opened a review. In its report, the authority found that stocks were low.\n',
  // 'Co <Name>' is an Irish county, a place and no speaker
  county: 'Dairy farmers in Ballinmore, Co Kilgarvan, have warned that milk prices will fall.\n',
  // 'the company' is not a union met in between
  company: 'Portway Freight Terminals accused the union of greed. In a statement, the company said its offer was fair.\n',
  whom: 'Ivo Stahl said a cousin, whom he did not name, had later told him that the car was stolen.\n',
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  ['planning', 'indirect', 'the hearing would resume in May', 'Joe Rudd', 'said'],
  ['butlicensing', 'partial', 'the bar had "broken every rule."', 'Omar Vell', 'said'],
  ['reporting', 'indirect', 'the inquiry was complete', null, 'said'],
  ['writingin', 'indirect', 'the budget timid', 'Ned Orme', 'called'],
  ['admitted', 'indirect', 'Ms Kerr had been confused when she was admitted in June', 'Doctors', 'said'],
  ['onfriday', 'indirect', 'the border would reopen', 'the ministry', 'said'],
  ['lastmonth', 'indirect', 'fares would rise', 'the airline', 'said'],
  ['butwould', 'partial', 'he was "very proud" but would not discuss his future', null, 'said'],
  ['andwere', 'indirect', 'they would cut fees and were confident regulators would approve', 'banks', 'said'],
  ['panel', 'indirect', 'both had missed tests', 'Harwick Rowing Panel', 'said'],
  ['authority', 'indirect', 'stocks were low', 'National Grain Authority', 'found'],
  ['county', 'indirect', 'milk prices will fall', 'Dairy farmers', 'have warned'],
  ['company', 'indirect', 'its offer was fair', 'Portway Freight Terminals', 'said'],
  ['whom', 'indirect', 'a cousin, whom he did not name, had later told him that the car was stolen', 'Ivo Stahl', 'said'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: faults of session 7 stay fixed (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run);

  it.each(['planning', 'butlicensing', 'reporting', 'writingin', 'admitted', 'onfriday', 'lastmonth', 'butwould', 'andwere', 'whom'])('%s: exactly one quote', (doc) => {
    expect(run.of('quote', doc)).toHaveLength(1);
  });

  it("'say that is' keeps 'that' in the content", () => {
    expect(run.of('quote', 'thatsubject').map((q) => [q.text, q.cue?.text])).toEqual([['that is far too little', 'say']]);
  });

  it('a hospital admission is no quote', () => {
    expect(run.of('quote', 'ward')).toEqual([]);
  });
});
