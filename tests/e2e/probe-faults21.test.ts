// End-to-end probe, faults the session-21 probe set (invented articles outside politics) showed and this session
// mended (PROBE): a Q&A whose answer labels are a surname in capitals the mentions read no name in; a noun phrase the
// writer appends after a report's cue opened by "one of the" or "a".
// Made-up sentences of each class (not the probe set's), so a later rule that brings a fault back shows here. Every
// name and number is made up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  // "Q:" turns answered by "VELL:" turns: the answers are the interviewee's (they were no quotes at all)
  qa: 'Potter Agnes Vell is closing her studio after 30 years.\n\nQ: How did you start?\n\nVELL: By accident. I took a night class in 1994.\n\nQ: What comes next?\n\nVELL: Gardening, mostly.\n',
  // ... but a fact box in capitals beside a "Q:" names no one (leave alone)
  factbox: 'Q: Is the fair open to everyone?\n\nPRICE: Tickets cost $12.\n\nPRICE: Children go free.\n',
  // a phrase appended after the cue's time phrase, opened by "one of the": the content stays before the frame
  // (it was "on Friday, one of the ..." after the cue, and a participle inside the subject became a cue of its own)
  hoard: 'Coins of a legion found in a field have been dated to the second century, a museum reported on Friday, one of the largest hoards on record.\n',
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  ['qa', 'direct', 'By accident. I took a night class in 1994', 'Agnes Vell', ':'],
  ['qa', 'direct', 'Gardening, mostly', 'Agnes Vell', ':'],
  ['hoard', 'indirect', 'Coins of a legion found in a field have been dated to the second century', 'a museum', 'reported'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: session-21 faults mended (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run, true);

  it('reads no transcript in a fact box beside a question', () => {
    expect(run.of('quote', 'factbox')).toHaveLength(0);
  });

  it('makes one report of the appended-phrase sentence', () => {
    expect(run.of('quote', 'hoard')).toHaveLength(1);
  });
});
