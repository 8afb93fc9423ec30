// End-to-end probe, faults found on held-out invented news (PROBE, session 5) and fixed this session: each row
// is a made-up sentence in the shape of one fault, run once through the built command, so a later rule that
// brings the fault back shows here. What must be found, what must be left alone, and who says it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  epithet: 'Pop singer Ria Vale has cancelled her tour.\n\nIn a post on Instagram on Sunday, the 29-year-old told fans she was tired. "I need a rest," she wrote.\n',
  midframe: 'The firm has not paid a fine, its lawyer Ada Moss told reporters, and does not intend to.\n',
  midframe2: 'The port will reopen, the mayor told reporters, and the ferry will resume.\n',
  doubts: "The nurses' union doubts the plan will work.\n",
  understood: 'It is understood that about 30 staff escaped unhurt.\n',
  verdict: 'A federal jury found a former clerk guilty of fraud, ending a trial that exposed what prosecutors called "a cash-for-permits scheme."\n',
  forecast: 'Shares of Rellam fell 9 percent after the company forecast revenue of $2 billion.\n',
  transcript: 'Radio interview with Mayor Ada Lunn and host Ben Harrowgate on Friday.\n\nHARROWGATE: Mayor, what went wrong?\n\nLUNN: We did not explain it well.\n\nHARROWGATE: Will you try again?\n\nLUNN: Yes, next year.\n',
  appositive: 'Dairy output rose in May, farmers reported on Friday, a sign that the drought is easing.\n',
  courthouse: 'His lawyer, Mia Holt, said outside the courthouse that her client would appeal.\n',
  roleword: 'Consumer advocate Tariq Bello said buyers were owed refunds.\n',
  family: 'Mr Ostler\'s family said he was "a gentle man who loved his garden".\n',
  oforg: 'Kai Moss of Tennby Research said the price was too high. "It is a niche product," he said.\n',
  oforgwho: '"Glass has no place in food," said Ola Brisk of the Safe Homes League, who noted that the plant was inspected once.\n',
  statement: '"We got this wrong," the club said in a statement. It added that the post had not been approved.\n',
  union: 'The union has threatened more strikes, union organizer Lev Dunn said. The union wants 9 percent.\n',
  suspect: 'Columnist Derek Fane argues that towns are dying. I suspect Mr Fane has not read the report.\n',
  agency: 'The Food and Drug Administration said the jars were unsafe. The agency said parents should return them.\n',
  // no claim in any of these
  emotion: 'Ben Oyelaran, a former deputy, showed no emotion as the verdict was read.\n',
  pressure: 'Oil prices added to the pressure on Monday.\n',
  naming: 'The tablet, called the Slate, costs $900.\n',
  backed: 'Bank records backed up his account.\n',
  plans: 'Plans to widen Tolley Road were approved by the council on Monday despite protests.\n',
  learned: 'About 60 percent of the dogs learned the trick.\n',
  // one record, not two: the object of 'told' is no speaker of the cue after it
  crown: 'Lawyer Dina Kwok told magistrates the Crown would allege that her client lied.\n',
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  ['epithet', 'indirect', 'she was tired', 'Ria Vale', 'told'],
  ['epithet', 'direct', 'I need a rest,', 'Ria Vale', 'wrote'],
  ['midframe', 'indirect', 'The firm has not paid a fine', 'Ada Moss', 'told'],
  ['midframe2', 'indirect', 'The port will reopen', null, 'told'],
  ['doubts', 'indirect', 'the plan will work', "the nurses' union", 'doubts'],
  ['understood', 'indirect', 'about 30 staff escaped unhurt', null, 'is understood'],
  ['verdict', 'direct', 'a cash-for-permits scheme.', 'prosecutors', 'called'],
  ['crown', 'indirect', 'her client lied', 'Dina Kwok', 'told'],
  // transcript turns under labels the mentions read no name in, each by the person the document names
  ['transcript', 'direct', 'We did not explain it well', 'Ada Lunn', ':'],
  ['transcript', 'direct', 'Will you try again?', 'Ben Harrowgate', ':'],
  ['transcript', 'direct', 'Yes, next year', 'Ada Lunn', ':'],
  // the content is the clause before a mid-sentence frame, not the appositive after it
  ['appositive', 'indirect', 'Dairy output rose in May', 'farmers', 'reported'],
  // a place between the verb and 'that' is no part of the content
  ['courthouse', 'indirect', 'her client would appeal', 'Mia Holt', 'said'],
  // a person noun opening the sentence is the role, not part of the name or a speaker of its own
  ['roleword', 'indirect', 'buyers were owed refunds', 'Tariq Bello', 'said'],
  // the possessor of 'family' is not the speaker: the family is (the man may be dead)
  ['family', 'partial', 'he was "a gentle man who loved his garden"', "Mr Ostler's family", 'said'],
  // a pronoun or 'who' after 'Name of the Body' is the person
  ['oforg', 'direct', 'It is a niche product,', 'Kai Moss', 'said'],
  ['oforgwho', 'indirect', 'the plant was inspected once', 'Ola Brisk', 'noted'],
  // 'It' is the body that made the statement, never the statement
  ['statement', 'indirect', 'the post had not been approved', 'the club', 'added'],
  // 'the union' is the union, not a person whose role names it
  ['union', 'indirect', '9 percent', 'the union', 'wants'],
  // an 'and' inside an institution's name is part of it, and 'the agency' is that institution
  ['agency', 'indirect', 'the jars were unsafe', 'Food and Drug Administration', 'said'],
  ['agency', 'indirect', 'parents should return them', 'Food and Drug Administration', 'said'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: fixed faults stay fixed (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run);

  it.each(['emotion', 'pressure', 'naming', 'backed', 'plans', 'learned'])('%s: an act or a description, no quote', (doc) => {
    expect(run.of('quote', doc).map((q) => q.text)).toEqual([]);
  });

  it.each(['crown', 'midframe', 'midframe2', 'verdict', 'forecast', 'appositive', 'courthouse'])('%s: exactly one quote', (doc) => {
    expect(run.of('quote', doc)).toHaveLength(1);
  });

  it('a verb before a name is no title of the person (the speakers table)', () => {
    const fane = run.envelopes.find((e) => e.type === 'speaker' && e.data.name === 'Derek Fane');
    expect(fane?.data.roles).toEqual(['columnist']);
  });

  it('a forecast is a quote with its cue, and its figure is vouched for by the company', () => {
    expect(run.of('quote', 'forecast').map((q) => [q.text, q.cue?.text])).toEqual([['revenue of $2 billion', 'forecast']]);
    expect(run.of('figure', 'forecast').find((f) => f.text === '$2 billion')?.source).toBe('the company');
  });
});
