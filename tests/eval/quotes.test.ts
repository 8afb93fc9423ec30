import { describe, expect, it } from 'vitest';
import { scoreQuotes } from '../../src/eval/quotes.js';
import { matchQuotes, type GoldQuote, type PredictedQuote } from '../../src/eval/quote-match.js';

const gold = (start: number, end: number, type: GoldQuote['type'] = 'direct', speaker: [number, number] | null = [0, 5], cue: string | null = 'said'): GoldQuote =>
  ({ start, end, type, speakerStart: speaker?.[0] ?? null, speakerEnd: speaker?.[1] ?? null, cue });
const pred = (start: number, end: number, type: PredictedQuote['type'] = 'direct', speaker: [number, number] | null = [0, 5], cue: string | null = 'said'): PredictedQuote =>
  ({ start, end, type, speakerMention: speaker === null ? null : { start: speaker[0], end: speaker[1] }, speakerKind: speaker === null ? 'unknown' : 'person', cue: cue === null ? null : { text: cue } });

describe('eval: matching', () => {
  it.each([
    // [gold, prediction, threshold, matched?]
    [gold(0, 100), pred(0, 31), 0.3, true],
    [gold(0, 100), pred(0, 30), 0.3, false], // exactly 30% is not more than 30%
    [gold(0, 100), pred(10, 95), 0.8, true],
    [gold(0, 100), pred(10, 85), 0.8, false],
    [gold(10, 20), pred(0, 1000), 0.8, true], // coverage is of the gold characters only
  ])('%j by %j at %d', (g, p, t, matched) => {
    expect(matchQuotes([g], [p], t).length === 1).toBe(matched);
  });

  it('lets a prediction match one gold quote only, in gold order', () => {
    const m = matchQuotes([gold(0, 10), gold(10, 20)], [pred(0, 20)], 0.3);
    expect(m.map((x) => x.gold)).toEqual([0]);
  });

  it.each([
    [pred(0, 10, 'direct', [3, 8], 'SAID'), true, true],
    [pred(0, 10, 'direct', [6, 9], 'told'), false, false],
    [pred(0, 10, 'direct', null, null), false, false],
  ])('judges speaker by overlap and cue by text, case aside: %j', (p, speakerOk, cueOk) => {
    const m = matchQuotes([gold(0, 10)], [p], 0.3)[0];
    expect([m?.speakerOk, m?.cueOk]).toEqual([speakerOk, cueOk]);
  });
});

describe('eval: table', () => {
  it('computes P/R/F1 by type and overall', () => {
    const [table] = scoreQuotes([{
      gold: [gold(0, 10, 'direct'), gold(20, 30, 'partial'), gold(40, 50, 'indirect')],
      pred: [pred(0, 10, 'direct'), pred(20, 30, 'partial', null), pred(60, 70, 'indirect')],
    }]);
    const rows = Object.fromEntries((table?.rows ?? []).map((r) => [r[0], r]));
    // type, gold, predicted, P30, R30, F130, P80, R80, F180, speaker, cue, unknown
    expect(rows['direct']).toEqual(['direct', 1, 1, 100, 100, 100, 100, 100, 100, 100, 100, 0]);
    expect(rows['indirect']).toEqual(['indirect', 1, 1, 0, 0, null, 0, 0, null, null, null, 0]);
    expect(rows['all']?.slice(1, 6)).toEqual([3, 3, 66.7, 66.7, 66.7]);
    expect(rows['all']?.[9]).toBe(50); // one of the two matched has the right speaker
    expect(rows['direct+partial']?.[11]).toBe(50); // one of two predictions has an unknown speaker
  });
});
