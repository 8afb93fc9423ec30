// The voucher cues of a document (src/analysis/sources/voucher-index.ts): "according to", "per" set off as a source,
// "a report by", evidence nouns and estimating verbs, and the binary-search lookup of those inside a span. Texts are
// invented.
import { describe, expect, it } from 'vitest';
import { indexVouchers, within, type VoucherIndex } from '../../../src/analysis/sources/voucher-index.js';

const hitsOf = (text: string, kind: keyof VoucherIndex): string[] => indexVouchers(text)[kind].map((h) => text.slice(h.start, h.end));

describe('voucher index: the hits of each kind', () => {
  it.each<[string, keyof VoucherIndex, string[]]>([
    ['Sales rose 4%, according to the guild.', 'according', ['according to ']],
    ['Sales rose 4%, as first reported by the Courier.', 'according', ['as first reported by ']],
    // "per" set off as a source, after a comma or opening a sentence
    ['Sales rose 4%, per the guild.', 'according', ['per ']],
    ['Per the guild, sales rose.', 'according', ['Per ']],
    ['A survey by the guild found 40 shops shut.', 'bySource', ['survey by ']],
    ['Data published by the board show a rise.', 'bySource', ['Data published by ']],
    // evidence nouns, whole words, the longest form ("reports", not "report")
    ['A poll found a lead.', 'evidence', ['poll']],
    ['The reports said so.', 'evidence', ['reports']],
    // an estimating verb, with the evidence noun before it
    ['Census data show 40 shops shut.', 'sourceVerb', ['data show']],
    ['The guild estimated 300 jobs went.', 'sourceVerb', ['estimated']],
  ])('%s (%s)', (text, kind, want) => expect(hitsOf(text, kind)).toEqual(want));
});

describe('voucher index: what is no voucher', () => {
  it.each<[string, keyof VoucherIndex]>([
    // "per" as a rate word
    ['Fees are $5 per hour, the guild said.', 'according'],
    ['Output fell 3 per cent.', 'according'],
    ['Income, per capita, rose 3%.', 'according'],
    // "per" inside a clause, not set off
    ['They paid one ticket per child.', 'according'],
    // a noun not followed by "by" or "from"
    ['A survey of 40 shops was done.', 'bySource'],
  ])('%s (%s)', (text, kind) => expect(hitsOf(text, kind)).toEqual([]));
});

describe('within: the hits inside a span', () => {
  const list = [{ start: 0, end: 4 }, { start: 10, end: 14 }, { start: 20, end: 24 }];
  it.each<[number, number, number[]]>([
    [0, 30, [0, 10, 20]],
    [5, 30, [10, 20]],
    // a hit ending past the span is left out, and those after it
    [5, 22, [10]],
    [15, 19, []],
  ])('[%i, %i)', (lo, hi, starts) => expect(within(list, lo, hi).map((h) => h.start)).toEqual(starts));
});
