// Evidence leading a direct quote in with a colon (src/analysis/sources/lead-in.ts), as the quote stage hands it
// over with no speaker named. Texts are invented.
import { describe, expect, it } from 'vitest';
import { colonLed } from './sources-of.js';

describe('sourceFigures: evidence leading a direct quote in with a colon', () => {
  it.each<[string, string, string, string]>([
    ['evidence right before the colon', 'The gap is plain from this later finding: “Some 40 firms paid no tax.”', 'Some 40 firms paid no tax.', 'this later finding'],
    ['evidence opening the lead-in', 'Still, a paper from the Ridge Institute was blunt about the plan: “Rents would rise 12%.”', 'Rents would rise 12%.', 'Ridge Institute'],
    ['evidence opening the lead-in, by nobody named', 'Still, a recent paper was blunt about the plan: “Rents would rise 12%.”', 'Rents would rise 12%.', 'a recent paper'],
    ['the figures inside are the evidence\'s, not a verb\'s subject there', 'Then came the county records: “Some 14 clinics reported 300 cases.”', 'Some 14 clinics reported 300 cases.', 'the county records'],
  ])('%s', (_name, text, content, source) => {
    for (const f of colonLed(text, content)) expect(f.source).toBe(source);
  });

  it.each<[string, string, string]>([
    ['a lead-in that names no evidence', 'The mood in town was grim: “We lost 40 boats.”', 'We lost 40 boats.'],
    ['the writer announcing the numbers', 'Here are the numbers: “40 boats lost, 12 crews saved.”', '40 boats lost, 12 crews saved.'],
    ['evidence deep inside a long lead-in, not its subject nor before the colon', 'Ann Roe, who wrote the report on the flood, was grim about it: “We lost 40 boats.”', 'We lost 40 boats.'],
  ])('leaves alone: %s', (_name, text, content) => {
    for (const f of colonLed(text, content)) expect(f.source).toBeNull();
  });
});
