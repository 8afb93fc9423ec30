// segment/datelines.ts leadLabels: the labels before a paragraph's first sentence (wire dateline, live-blog time,
// kicker date) and where each ends. Invented texts; each row shows the label text (start to each end).
import { describe, expect, it } from 'vitest';
import { leadLabels } from '../../../src/analysis/segment/datelines.js';

const labels = (text: string): string[] => leadLabels(text, 0, text.length).map((end) => text.slice(0, end));

describe('segment/datelines: a label is split off', () => {
  it.each<[string, string[]]>([
    // a place in capitals and a dash
    ['OSLOVIK - The harbour reopened on Friday.', ['OSLOVIK -']],
    // capitals, a region, a date and an agency, then an em dash without spaces
    ['PORT MARLOW, Fenland, March 4 (Wirewise)—Ferries ran late.', ['PORT MARLOW, Fenland, March 4 (Wirewise)—']],
    // a place in title case counts only with an agency or a date after it
    ['Corvale (Newsline) - The mill closed.', ['Corvale (Newsline) -']],
    ['Corvale, June 12 – The mill closed.', ['Corvale, June 12 –']],
    // a capital place with a colon
    ['NEW HALDEN: Rain stopped the match.', ['NEW HALDEN:']],
    // a live-blog time with a dash, and one with a colon
    ['14:05 GMT - The bridge is open again.', ['14:05 GMT -']],
    ['9.12am: Crowds gathered at the gate.', ['9.12am:']],
    // two labels in a row: a numeric date then a place
    ['7/03 — LEMBURY — The vote was delayed.', ['7/03 —', '7/03 — LEMBURY —']],
    // a label may open on a quotation
    ['DUNHOLM - “We are ready,” the coach said.', ['DUNHOLM -']],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('segment/datelines: leaves alone', () => {
  it.each<string>([
    // no dash or colon near the start
    'The harbour reopened on Friday after the storm.',
    // a title-case name and a colon is a speaker label, not a dateline
    'Ann Lee: The plan is dead.',
    // a title-case place with a dash but no date or agency
    'Corvale - The mill closed.',
    // a hyphen glued to the word is no dash
    'OSLOVIK-based firms grew.',
    // a lower-case word after the dash is no sentence start
    'OSLOVIK - the harbour reopened.',
    // a colon with no blank after it
    'NEW HALDEN:Rain stopped the match.',
    // a time that is part of the sentence
    'At 14:05 the bridge opened.',
  ])('%s', (text) => {
    expect(labels(text)).toEqual([]);
  });

  it('reads only inside the paragraph it is given', () => {
    const text = 'First line ends here.\nOSLOVIK - The harbour reopened.';
    const start = text.indexOf('OSLOVIK');
    expect(leadLabels(text, start, text.length).map((end) => text.slice(start, end))).toEqual(['OSLOVIK -']);
    expect(leadLabels(text, 0, start - 1)).toEqual([]);
  });
});
