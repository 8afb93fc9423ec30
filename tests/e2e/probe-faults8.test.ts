// End-to-end probe, faults found on held-out invented news (PROBE, session 8) and fixed this session: each row
// is a made-up sentence in the shape of one fault, run once through the built command, so a later rule that
// brings the fault back shows here. Cue spans are not checked where the convention is still open (a vote
// score after 'ruled'). Every name and number is made up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun } from './probe-run.js';

const DOCS: Record<string, string> = {
  // a ruling with its vote between the verb and 'that'
  ruledscore: 'The board ruled 5-2 that the mayor had broken the ethics code.\n',
  rulingscore: 'The court struck down the law on Friday, ruling 6-1 that it breached the charter.\n',
  // an order: object + to-infinitive
  ordered: 'The tribunal on Monday ordered the company to reinstate the two drivers.\n',
  // a stance after 'voted to'; a stance of poll respondents
  votedback: 'The panel voted to back the vaccine.\n',
  approve: 'Most voters approve of the deal.\n',
  // a share written in words is no person
  percent: 'Fifty-two percent approve of his handling of the budget.\n',
  // the singular evidence noun vouches like the plural
  filing: 'The Ferrow Party raised $4 million last quarter, the filing shows.\n',
  // a hyphenated person noun before 'of NAME' is the speaker, not NAME
  coworker: 'A former co-worker of Ida Brenn testified that the car was parked outside all night.\n',
  // an organisation is not its product, and its spokesman speaks for it
  product:
    'Tallo unveiled the Tallo Slate on Monday. Tallo also announced a music service for $9 a month. ' +
    'A Tallo spokesman said the company had no plans to change the price.\n',
  // a party's campaign keeps the party's whole name
  campaign: "The Meltor Party's campaign believes the race is now a tie.\n",
  // a report inside a relative clause of the content stays inside it
  relative: 'Tanya Roux suggested that Ken Hale had a grudge against Pim Voss, who had reported him to a manager for lateness.\n',
  // 'that' after a noun inside a to-infinitive is a relative, not the complementizer
  promised: 'She promised to veto any bill that did not fund the clinics.\n',
  // an evidence verb after a comma relative inside the content goes on with the content
  survey: 'She said the survey, which was finished in May, showed a drop of 12 percent.\n',
  // a source after a semicolon vouches for the clause after it only
  semicolon: 'Critics say the scheme is too slow; only 900 homes have been fixed, council figures show.\n',
  // 'the court' is the court of the text, not one named inside a report's content
  court:
    'The Lund Supreme Court struck down the map. Party leaders said they would ask the U.S. Supreme Court to intervene. ' +
    'The court has said it will draw the map itself.\n',
  // being recognised by strangers is no report
  recognized: 'Now the 40-year-old nurse gets recognized on the bus.\n',
};

// [doc, type, content text, speaker (canonical; null: nobody)]
const ROWS: [string, string, string, string | null][] = [
  ['ruledscore', 'indirect', 'the mayor had broken the ethics code', 'the board'],
  ['rulingscore', 'indirect', 'it breached the charter', 'the court'],
  ['ordered', 'indirect', 'the company to reinstate the two drivers', 'the tribunal'],
  ['votedback', 'indirect', 'the vaccine', 'the panel'],
  ['approve', 'indirect', 'the deal', 'voters'],
  ['percent', 'indirect', 'his handling of the budget', null],
  ['filing', 'indirect', 'The Ferrow Party raised $4 million last quarter', null],
  ['coworker', 'indirect', 'the car was parked outside all night', 'a former co-worker'],
  ['product', 'indirect', 'a music service for $9 a month', 'Tallo'],
  ['product', 'indirect', 'the company had no plans to change the price', 'Tallo'],
  ['campaign', 'indirect', 'the race is now a tie', 'Meltor Party campaign'],
  ['promised', 'indirect', 'to veto any bill that did not fund the clinics', null],
  ['survey', 'indirect', 'the survey, which was finished in May, showed a drop of 12 percent', null],
  ['semicolon', 'indirect', 'only 900 homes have been fixed', null],
  ['court', 'indirect', 'it will draw the map itself', 'Lund Supreme Court'],
  ['relative', 'indirect', 'Ken Hale had a grudge against Pim Voss, who had reported him to a manager for lateness', 'Tanya Roux'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: faults of session 8 stay fixed (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  it.each(ROWS)('%s: %s quote [%s] by %s', (doc, type, text, speaker) => {
    const q = run.of('quote', doc).find((r) => r.text === text);
    expect(q, `no quote [${text}]`).toBeDefined();
    expect([q?.type, q?.speaker ?? null]).toEqual([type, speaker]);
  });

  it.each(['ruledscore', 'rulingscore', 'ordered', 'votedback', 'approve', 'filing', 'coworker', 'campaign', 'relative', 'promised', 'survey'])('%s: exactly one quote', (doc) => {
    expect(run.of('quote', doc)).toHaveLength(1);
  });

  it('being recognised is no quote', () => {
    expect(run.of('quote', 'recognized')).toEqual([]);
  });
});
