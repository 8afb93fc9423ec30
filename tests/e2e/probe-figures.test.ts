// End-to-end probe, figures: value, kind, unit, qualifier, who vouches for each figure and its hedge, on
// short invented news texts (tests/e2e/probe-docs.ts) run once through the built command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itRunsCleanly, pick, runProbe, type ProbeRun } from './probe-run.js';

// [doc, figure text, value, kind, unit, qualifier, source, hedge]
const FIGURES: [string, string, number, string, string | null, string, string | null, string | null][] = [
  ['uk-single', '4.9 per cent', 4.9, 'percent', '%', 'up', 'Tomas Arkwright', null],
  ['uk-single', '£3.2m', 3_200_000, 'money', 'GBP', 'exact', 'Tomas Arkwright', null],
  ['wire', '$12 million', 12_000_000, 'money', 'USD', 'exact', 'Ida Strand', null],
  ['wire', 'More than 5,000', 5000, 'count', null, 'more-than', 'Ferrowind Energy', null],
  ['inverted', 'two', 2, 'count', null, 'exact', 'Prosecutors', null],
  ['finance', '12.4%', 12.4, 'percent', '%', 'down', null, null],
  ['finance', '$38.16', 38.16, 'money', 'USD', 'exact', null, null],
  ['finance', 'approximately 2,300', 2300, 'count', null, 'about', null, null],
  ['measures', 'about 4 millimetres a year', 4, 'measure', 'mm/year', 'about', null, null],
  ['measures', '58-year-old', 58, 'measure', 'year', 'exact', null, null],
  ['measures', '82 billion kroner', 82_000_000_000, 'money', 'krone', 'exact', null, null], // Norway's or Denmark's: the bare name
  ['measures', 'at least 35 billion cubic metres', 35_000_000_000, 'measure', 'm³', 'at-least', null, null],
  ['hedge', '$4.8 million', 4_800_000, 'money', 'USD', 'about', null, 'an estimated'],
  ['hedge', '9,000 cars a day', 9000, 'count', '/day', 'exact', null, 'reportedly'],
  ['court', 'no more than three years', 3, 'measure', 'year', 'at-most', 'Ruth Okonkwo', null],
  ['liveblog', '214', 214, 'count', null, 'exact', 'officials', null],
  ['scare', '$2 million', 2_000_000, 'money', 'USD', 'exact', null, null],
  ['india', 'around 62 lakh riders a day', 6_200_000, 'count', '/day', 'about', null, null],
  ['india', 'nearly Rs 1,200 crore', 12_000_000_000, 'money', 'INR', 'about', null, null],
  ['asia', '¥300 billion', 300_000_000_000, 'money', 'JPY', 'exact', null, null],
  ['asia', '3.5 trillion won', 3_500_000_000_000, 'money', 'KRW', 'exact', null, null],
  ['periods', 'at least two quarters', 2, 'measure', 'quarter', 'at-least', null, null],
  ['periods', 'as much as 6 percent', 6, 'percent', '%', 'at-most', 'Ola Brenn', null],
  ['belief', 'Just over 3,000', 3000, 'count', null, 'more-than', null, null],
  ['units', '-12C', -12, 'measure', '°C', 'exact', null, null],
  ['units', '0.3 percentage points', 0.3, 'percent', 'pp', 'up', null, null],
  ['units', '4.4%', 4.4, 'percent', '%', 'exact', null, null],
  ['units', '1,000 sq km', 1000, 'measure', 'km²', 'exact', null, null],
  // The agency vouches under its acronym too; a fall is 'down'; the company vouches for its own results.
  ['agency', '1.4%', 1.4, 'percent', '%', 'down', 'National Statistics Office', null],
  ['earnings', '18%', 18, 'percent', '%', 'down', 'Tovarik Foods', null],
  ['earnings', '$412 million', 412_000_000, 'money', 'USD', 'exact', 'Tovarik Foods', null],
  ['police', 'three', 3, 'count', null, 'exact', 'Westmere Police', null],
  // An age in the frame of a quote ("said Rosa Huxley, 71, who ...") is the writer's, not the speaker's.
  ['frame', '71', 71, 'measure', 'year', 'exact', null, null],
];

let run: ProbeRun;
beforeAll(() => { run = runProbe(pick(new Set([...FIGURES.map((f) => f[0]), 'moved', 'plain', 'pronounone']))); });
afterAll(() => run.cleanup());

describe('attrib probe: figures (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  it.each(FIGURES)('%s: figure [%s] = %s', (doc, text, value, kind, unit, qualifier, source, hedge) => {
    const f = run.of('figure', doc).find((r) => r.text === text);
    expect(f, `no figure [${text}]`).toBeDefined();
    expect([f?.value, f?.kind, f?.unit ?? null, f?.qualifier, f?.source ?? null, f?.hedge ?? null]).toEqual([value, kind, unit, qualifier, source, hedge]);
  });

  it('what moved is the subject of the figures of its move', () => {
    expect(run.of('figure', 'moved').map((f) => [f.text, f.subject])).toEqual([
      ['31%', 'Net income'], ['$212 million', 'Net income'],
    ]);
  });

  it('a range keeps both ends', () => {
    const f = run.of('figure', 'finance').find((r) => r.text === 'between $720 million and $745 million');
    expect([f?.low, f?.high, f?.unit]).toEqual([720_000_000, 745_000_000, 'USD']);
  });

  it.each([['plain'], ['pronounone']])('%s: no number there, so no figure', (doc) => {
    expect(run.of('figure', doc)).toEqual([]);
  });
});
