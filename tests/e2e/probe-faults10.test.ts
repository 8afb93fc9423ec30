// End-to-end probe, faults the session-10 blind set showed and this session mended (PROBE): a stance verb's object
// running over 'and wants', a second past perfect cut off as its own report, an adjunct with its own report carried
// into the content, no sentence end after 'p.m.', 'by her own account' with no source, a possessive mention cut short,
// an object-gap relative read as the speaker of the content before it, a passive headline's listener as its speaker.
// Made-up sentences of each class (not the blind set's), so a later rule that brings a fault back shows here. Every
// name and number is made up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  // a stance's NP object ends before 'and wants': two reports (it was one running over 'and wants ...')
  backs: 'Rina Holt backs the merger and wants it done by June.\n',
  // a second past perfect after 'and' inside a said-content is that content's (it was a report of its own, 'had found')
  pastperfect: 'Ivo Berg said the panel had read the file and had found no sign of fraud.\n',
  // ... and so is a belief verb with no clause of its own after 'and' (leave alone)
  calm: 'Ivo Berg told the paper that he was calm and expected to win.\n',
  // an adjunct with its own subject and report ends the content (it ran on, and the report inside it was lost)
  dayafter: 'Ada Kim denied that she had lied, a day after a report by the auditor said the fund was empty.\n',
  // 'p.m.' before a capitalised word ends the sentence (the content took in the sentence before)
  pm: 'Polls close at 8 p.m. Results may not be known until Friday, the board said.\n',
  // 'by her own account' names the source as 'according to' does (it had none)
  account: 'Ada Kim organized the petitions and, by her own account, "annoyed every mayor for years."\n',
  // a possessive description is one mention (it was cut to 'The inspector')
  inspector: "The auditor general's review found gaps in the files.\n",
  // an object-gap relative after the content is no report of the content (it took the union as the speaker of Berg's words)
  gap: 'Ivo Berg noted that fares rose 4 percent, not the 12 percent the union assumed.\n',
  // a passive headline's subject is the listener, not the speaker (it was 'Fishermen')
  listener: 'Fishermen told to stay ashore as storm nears\n',
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  ['backs', 'indirect', 'the merger', 'Rina Holt', 'backs'],
  ['backs', 'indirect', 'it done by June', 'Rina Holt', 'wants'],
  ['pastperfect', 'indirect', 'the panel had read the file and had found no sign of fraud', 'Ivo Berg', 'said'],
  ['calm', 'indirect', 'he was calm and expected to win', 'Ivo Berg', 'told'],
  ['dayafter', 'indirect', 'she had lied', 'Ada Kim', 'denied'],
  ['pm', 'indirect', 'Results may not be known until Friday', 'the board', 'said'],
  ['gap', 'indirect', 'fares rose 4 percent', 'Ivo Berg', 'noted'],
  ['listener', 'indirect', 'to stay ashore as storm nears', null, 'told'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: session-10 faults mended (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run, true);

  it('makes one quote a document where the fault split or merged reports', () => {
    expect(run.of('quote', 'pastperfect')).toHaveLength(1);
    expect(run.of('quote', 'calm')).toHaveLength(1);
    expect(run.of('quote', 'backs')).toHaveLength(2);
  });

  it("keeps the report inside an adjunct as a report of its own", () => {
    const q = run.of('quote', 'dayafter').find((r) => r.text === 'the fund was empty');
    expect(q?.cue?.text).toBe('said');
    expect(q?.speakerMention?.text).toBe('the auditor');
  });

  it("names the source of 'by her own account'", () => {
    const q = run.of('quote', 'account').find((r) => r.text.includes('annoyed every mayor'));
    expect([q?.speaker, q?.speakerMention?.text]).toEqual(['Ada Kim', 'her']);
  });

  it('keeps a possessive description whole', () => {
    const q = run.of('quote', 'inspector')[0];
    expect([q?.text, q?.speakerMention?.text]).toEqual(['gaps in the files', "The auditor general's review"]);
  });
});
