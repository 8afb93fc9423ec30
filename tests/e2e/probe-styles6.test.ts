// End-to-end probe, held-out styles (PROBE, session 6): short invented texts in the news styles of a new
// held-out set (Singapore names in family-name-first order, a wire inversion with the title after the name,
// Commons interjections, Canadian 'announced Thursday', unnamed sources, a partial quote that runs on after
// its closing mark), run once through the built command. Every name and number is made up. Rows hold what
// the command gets right today, so a later rule that breaks one of these styles shows here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  familyfirst: 'Minister of State Goh Siew Lan said the scheme would expand to 40 estates. Ms Goh said residents had asked for it.\n',
  titleafter: 'Profits will fall this year, said Jo Hart, the chief executive.\n',
  runson: 'Ms Orlov said the council was "watching closely" and would review the rules.\n',
  andthat: 'Forecasters said the waves posed "a real danger" near the coast, and that power cuts were likely.\n',
  agency: 'Food prices will rise, the aid agency Grainbridge warned on Monday.\n',
  itsrole: 'Its chief economist, Ravi Menon, expects prices to ease next year.\n',
  board: 'Lifts will be fitted with sensors, the Housing Board said on Monday.\n',
  heckle: '"That is simply wrong," shouted a Labour MP.\n',
  weekday: 'Residents can return home Saturday, officials announced Thursday.\n',
  urged: 'The Rural Support Trust urged farmers to call its helpline. Opposition critics say the money has been slow to arrive.\n',
  unnamed: 'Two people familiar with the matter said managers had decided not to act. One former employee, who asked not to be named, said the memo was discussed in June.\n',
};

// [doc, type, content text, speaker (canonical; null: nobody), cue]
const QUOTES: ShortQuoteRow[] = [
  // 'Ms Goh' is the person whose FIRST written name is Goh
  ['familyfirst', 'indirect', 'the scheme would expand to 40 estates', 'Goh Siew Lan', 'said'],
  ['familyfirst', 'indirect', 'residents had asked for it', 'Goh Siew Lan', 'said'],
  ['titleafter', 'indirect', 'Profits will fall this year', 'Jo Hart', 'said'],
  // a modal verb after the closing mark continues the reported clause
  ['runson', 'partial', 'the council was "watching closely" and would review the rules', 'Orlov', 'said'],
  ['andthat', 'partial', 'the waves posed "a real danger" near the coast, and that power cuts were likely', 'Forecasters', 'said'],
  ['agency', 'indirect', 'Food prices will rise', 'Grainbridge', 'warned'],
  ['itsrole', 'indirect', 'prices to ease next year', 'Ravi Menon', 'expects'],
  // 'on Monday' after the verb is neither cue nor content
  ['board', 'indirect', 'Lifts will be fitted with sensors', 'Housing Board', 'said'],
  // an unnamed member is named with the article, as 'a spokeswoman' is
  ['heckle', 'direct', 'That is simply wrong,', 'a Labour MP', 'shouted'],
  ['weekday', 'indirect', 'Residents can return home Saturday', 'officials', 'announced Thursday'],
  ['urged', 'indirect', 'farmers to call its helpline', 'Rural Support Trust', 'urged'],
  ['urged', 'indirect', 'the money has been slow to arrive', 'Opposition critics', 'say'],
  ['unnamed', 'indirect', 'managers had decided not to act', 'Two people', 'said'],
  ['unnamed', 'indirect', 'the memo was discussed in June', 'one former employee', 'said'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: held-out styles of session 6 (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run);

  it.each(['titleafter', 'runson', 'andthat', 'agency', 'board'])('%s: exactly one quote', (doc) => {
    expect(run.of('quote', doc)).toHaveLength(1);
  });
});
