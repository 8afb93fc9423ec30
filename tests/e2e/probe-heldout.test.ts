// End-to-end probe, held-out styles (PROBE, session 5): short invented texts in news styles the other probe
// files do not cover (Irish and Indian English, an AP recall with 'said Friday', a magazine feature in the
// present tense, a statement in two parts, documents as sources), run once through the built command.
// Every name and number is made up. Rows hold what the command gets right today, so a later rule that
// breaks one of these styles shows here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, runProbe, type ProbeRun, itFindsShortQuotes, type ShortQuoteRow } from './probe-run.js';

const DOCS: Record<string, string> = {
  irish: 'The Minister for Transport, Niamh Ó Dálaigh, has insisted the new rail line will open by 2031. "The money is there," she told TDs.\n',
  india: "Opposition spokesman Rory Tandy reckons the plan will cost twice as much. Farmers' leader K. Ramaiah alleged that the canal had been diverted.\n",
  recall: 'A Vermont toy maker is recalling 40,000 wooden trains because the wheels can come off, federal regulators said Friday.\n',
  statement: '"We are sorry," the company said in a statement. "We will refund every buyer."\n',
  document: 'Water use fell 8 percent last year, according to figures published by the Delmont Water Board.\n',
  feature: '"I\'m glad I stayed," she says, wiping the counter. "The town needs a bakery."\n',
  offers: "The city's transport commissioner, Ivo Pelt, urged both sides to return to the table and offered to bring in a mediator.\n",
  privately: 'Diplomats from both countries privately acknowledged that the islands remain the main obstacle.\n',
  trust: 'The Harbour Trust believes the target is still achievable. Its director, Moira Pask, said bookings were at record levels.\n',
  analyst: 'Lena Korr, an analyst at Brightfield Securities, expects the company to sell 2 million phones next year.\n',
  scientists: 'Scientists say a glacier in the far north lost 3 meters of ice last summer.\n',
};

// [doc, type, content text, speaker (canonical), cue]
const QUOTES: ShortQuoteRow[] = [
  ['irish', 'indirect', 'the new rail line will open by 2031', 'Niamh Ó Dálaigh', 'has insisted'],
  ['irish', 'direct', 'The money is there,', 'Niamh Ó Dálaigh', 'told'],
  ['india', 'indirect', 'the plan will cost twice as much', 'Rory Tandy', 'reckons'],
  ['india', 'indirect', 'the canal had been diverted', 'K. Ramaiah', 'alleged'],
  // a bare weekday after the verb is part of the cue (the measured PolNeAR majority)
  ['recall', 'indirect', 'A Vermont toy maker is recalling 40,000 wooden trains because the wheels can come off', 'federal regulators', 'said Friday'],
  // one statement interrupted by its frame is one record
  ['statement', 'direct', 'We are sorry," the company said in a statement. "We will refund every buyer.', 'the company', 'said in a statement'],
  ['document', 'indirect', 'Water use fell 8 percent last year', 'Delmont Water Board', 'according to'],
  ['feature', 'direct', 'I\'m glad I stayed," she says, wiping the counter. "The town needs a bakery.', null, 'says'],
  ['offers', 'indirect', 'both sides to return to the table', 'Ivo Pelt', 'urged'],
  ['offers', 'indirect', 'to bring in a mediator', 'Ivo Pelt', 'offered'],
  ['privately', 'indirect', 'the islands remain the main obstacle', 'Diplomats', 'privately acknowledged'],
  ['trust', 'indirect', 'the target is still achievable', 'Harbour Trust', 'believes'],
  ['trust', 'indirect', 'bookings were at record levels', 'Moira Pask', 'said'],
  ['analyst', 'indirect', 'the company to sell 2 million phones next year', 'Lena Korr', 'expects'],
  ['scientists', 'indirect', 'a glacier in the far north lost 3 meters of ice last summer', 'Scientists', 'say'],
];

// [doc, figure text, source]: who vouches for a figure inside reported content
const FIGURES: [string, string, string][] = [
  ['irish', '2031', 'Niamh Ó Dálaigh'],
  ['recall', '40,000', 'federal regulators'],
  ['document', '8 percent', 'Delmont Water Board'],
  ['analyst', '2 million', 'Lena Korr'],
  ['scientists', '3 meters', 'Scientists'],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(DOCS); });
afterAll(() => run.cleanup());

describe('attrib probe: held-out styles (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsShortQuotes(QUOTES, () => run);

  it.each(FIGURES)('%s: figure [%s] is vouched for by %s', (doc, text, source) => {
    const f = run.of('figure', doc).find((r) => r.text === text);
    expect(f, `no figure [${text}]`).toBeDefined();
    expect(f?.source).toBe(source);
  });

  it('each text gives exactly the records listed (no extra quote)', () => {
    const listed = (doc: string): number => QUOTES.filter((r) => r[0] === doc).length;
    for (const doc of Object.keys(DOCS)) expect([doc, run.of('quote', doc).length]).toEqual([doc, listed(doc)]);
  });
});
