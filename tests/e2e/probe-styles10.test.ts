// End-to-end probe, styles of the session-10 blind set (PROBE): fact checks, exit polls, campaign filings, live blogs,
// statehouse rows, UK/Irish/Indian wire copy, forecasts. Each row is a made-up sentence in a shape the built command
// got right on the blind set, so a later rule that breaks the shape shows here. Every name and number is made up.
import { afterAll, beforeAll, describe } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  // a passive report names nobody; 'is expected' with no agent is a report by nobody named
  reported: 'It was reported last year that the clinic had lost its licence.\n',
  // a belief inside a said-content stays in it (the outer report only)
  believes: 'Tom Reyes, a 61-year-old farmer, said he believes the mayor is honest.\n',
  nestedrefused: 'The Tarn Drivers Union said management had refused to withdraw plans to cut pay.\n',
  feared: 'Coun. Mia Dorr, the lone vote in favor, said she feared the town would lose the units.\n',
  // the medium after 'said in' joins the cue; 'only' after the verb does not
  email: 'Campaign spokesman Ivo Berg said in an email that the loan was repaid.\n',
  only: 'A Foreign Office spokesman said only that Vestby "remains committed to the goals of the pact."\n',
  // a quoted label after 'called'/'accused ... of' is a partial quote with its object
  called: 'Ada Kim called the bill "a Band-Aid on a broken leg."\n',
  accused: 'Ada Kim has accused the mayor of "cooking the books."\n',
  tweeted: 'Rep. Ivo Berg of Tarn tweeted that the tax "hurts farmers."\n',
  // a British listener after 'told' stays out of the content
  mps: 'Ms Lacey told MPs she had "no role whatsoever" in the deal.\n',
  // wants, vows and warnings of groups count (PolNeAR)
  want: 'The Greens want the mayor to testify under oath.\n',
  vowed: 'Republican leaders vowed to override the veto when the assembly returns.\n',
  warned: 'Economists have warned that such loans strain city budgets.\n',
  concede: 'Senate aides privately concede that the bill is dead.\n',
  alleging: 'Opposition members walked out alleging that the government had broken its promise.\n',
  // a second report after 'though they': its own record, its own cue
  though: 'Forecasters believe a cold front could bring rain by Sunday, though they cautioned that the timing was uncertain.\n',
  // documents and filings vouch for what they show; 'according to' after the content
  filing: "Berg's filing also shows he spent $2 million on ads.\n",
  according: 'Ada Kim raised $2 million in May, according to reports filed with the election board.\n',
  // a poll share as the speaker
  share: 'Six in 10 said they felt cheated by the town council.\n',
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  ['reported', 'indirect', 'the clinic had lost its licence', null, 'was reported'],
  ['believes', 'indirect', 'he believes the mayor is honest', 'Tom Reyes', 'said'],
  ['nestedrefused', 'indirect', 'management had refused to withdraw plans to cut pay', 'Tarn Drivers Union', 'said'],
  ['feared', 'indirect', 'she feared the town would lose the units', 'Mia Dorr', 'said'],
  ['email', 'indirect', 'the loan was repaid', 'Ivo Berg', 'said in an email'],
  ['only', 'partial', 'Vestby "remains committed to the goals of the pact."', 'Foreign Office', 'said'],
  ['called', 'partial', 'the bill "a Band-Aid on a broken leg."', 'Ada Kim', 'called'],
  ['accused', 'partial', 'the mayor of "cooking the books."', 'Ada Kim', 'has accused'],
  ['tweeted', 'partial', 'the tax "hurts farmers."', 'Ivo Berg', 'tweeted'],
  ['mps', 'partial', 'she had "no role whatsoever" in the deal', 'Lacey', 'told'],
  ['want', 'indirect', 'the mayor to testify under oath', 'Greens', 'want'],
  ['vowed', 'indirect', 'to override the veto when the assembly returns', 'Republican leaders', 'vowed'],
  ['warned', 'indirect', 'such loans strain city budgets', 'Economists', 'have warned'],
  ['concede', 'indirect', 'the bill is dead', 'Senate aides', 'privately concede'],
  ['alleging', 'indirect', 'the government had broken its promise', 'members', 'alleging'],
  ['though', 'indirect', 'a cold front could bring rain by Sunday', 'Forecasters', 'believe'],
  ['though', 'indirect', 'the timing was uncertain', 'Forecasters', 'cautioned'],
  ['filing', 'indirect', 'he spent $2 million on ads', null, 'also shows'],
  ['according', 'indirect', 'Ada Kim raised $2 million in May', 'reports', 'according to'],
  ['share', 'indirect', 'they felt cheated by the town council', null, 'said'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: session-10 styles (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run);
});
