// Counts per quote type, summed over documents, and the table rows computed from them.
import type { GoldQuote, Match, PredictedQuote } from './quote-match.js';

export type TypeKey = 'direct' | 'partial' | 'indirect';
export const ROWS: { label: string; types: TypeKey[] }[] = [
  { label: 'direct', types: ['direct'] },
  { label: 'partial', types: ['partial'] },
  { label: 'indirect', types: ['indirect'] },
  { label: 'direct+partial', types: ['direct', 'partial'] },
  { label: 'all', types: ['direct', 'partial', 'indirect'] },
];

export interface Counts {
  gold: number;
  pred: number;
  /** loose (>30%) and strict (>80%): gold found, and predictions that found one */
  goldLoose: number;
  predLoose: number;
  goldStrict: number;
  predStrict: number;
  speakerOk: number;
  cueOk: number;
  unknown: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, pred: 0, goldLoose: 0, predLoose: 0, goldStrict: 0, predStrict: 0, speakerOk: 0, cueOk: 0, unknown: 0 });

/** Adds one document's results to the counts of each row. */
export function addDocument(rows: Map<string, Counts>, gold: GoldQuote[], pred: PredictedQuote[], loose: Match[], strict: Match[]): void {
  for (const { label, types } of ROWS) {
    const c = rows.get(label) ?? emptyCounts();
    const inG = (i: number): boolean => types.includes((gold[i] as GoldQuote).type);
    const inP = (i: number): boolean => types.includes((pred[i] as PredictedQuote).type);
    c.gold += gold.filter((g) => types.includes(g.type)).length;
    c.pred += pred.filter((p) => types.includes(p.type)).length;
    c.unknown += pred.filter((p) => types.includes(p.type) && p.speakerKind === 'unknown').length;
    for (const m of loose) {
      if (inG(m.gold)) { c.goldLoose++; if (m.speakerOk) c.speakerOk++; if (m.cueOk) c.cueOk++; }
      if (inP(m.pred)) c.predLoose++;
    }
    for (const m of strict) {
      if (inG(m.gold)) c.goldStrict++;
      if (inP(m.pred)) c.predStrict++;
    }
    rows.set(label, c);
  }
}

const pct = (n: number, d: number): number | null => (d === 0 ? null : Math.round((1000 * n) / d) / 10);
const f1 = (p: number | null, r: number | null): number | null =>
  p === null || r === null || p + r === 0 ? null : Math.round((20 * p * r) / (p + r)) / 10;

export const COLUMNS = ['type', 'gold', 'predicted', 'P >30%', 'R >30%', 'F1 >30%', 'P >80%', 'R >80%', 'F1 >80%', 'speaker %', 'cue %', 'unknown %'];

export function row(label: string, c: Counts): (string | number | null)[] {
  const pl = pct(c.predLoose, c.pred);
  const rl = pct(c.goldLoose, c.gold);
  const ps = pct(c.predStrict, c.pred);
  const rs = pct(c.goldStrict, c.gold);
  return [label, c.gold, c.pred, pl, rl, f1(pl, rl), ps, rs, f1(ps, rs), pct(c.speakerOk, c.goldLoose), pct(c.cueOk, c.goldLoose), pct(c.unknown, c.pred)];
}
