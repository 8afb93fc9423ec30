// `attrib eval` on quote files (PolNeAR style): figures and their sources. Every figure written
// in digits is gold; its gold source is the speaker of the (innermost) gold attribution whose
// content holds it, or none when no attribution holds it. Content interrupted by its frame ("“...,” said Jo Roe,
// who ran the board from 1990 to 1995. “...”") is its fragments only: a figure in the frame is not in the content. We report how many digit figures
// attrib reports (recall) and, of those, how many get the right source: our sourceMention
// overlaps the gold speaker span, or both say nobody (unattributed or publication).
import type { EvalTable } from './index.js';
import type { Figure } from '../types.js';
import { analyze } from '../analysis/index.js';

interface GoldAttribution { start: number; end: number; speakerStart: number | null; speakerEnd: number | null; fragments: [number, number][] | null }

function fragmentsOf(q: Record<string, unknown>): [number, number][] | null {
  const f = q['fragments'];
  if (!Array.isArray(f)) return null;
  const out = f.filter((p): p is [number, number] => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number');
  return out.length > 0 ? out : null;
}

const DIGIT_RUN = /(?<![\p{L}\p{N}_])\d+(?:[.,]\d+)*/gu;

function attributions(r: Record<string, unknown>): GoldAttribution[] {
  const qs = Array.isArray(r['quotes']) ? (r['quotes'] as Record<string, unknown>[]) : [];
  return qs
    .filter((q) => typeof q['start'] === 'number' && typeof q['end'] === 'number')
    .map((q) => ({
      start: q['start'] as number, end: q['end'] as number,
      speakerStart: typeof q['speakerStart'] === 'number' && q['speaker'] !== null ? (q['speakerStart'] as number) : null,
      speakerEnd: typeof q['speakerEnd'] === 'number' && q['speaker'] !== null ? (q['speakerEnd'] as number) : null,
      fragments: fragmentsOf(q),
    }));
}

function holding(golds: GoldAttribution[], start: number, end: number): GoldAttribution | undefined {
  let best: GoldAttribution | undefined;
  for (const g of golds) {
    if (!(g.start <= start && end <= g.end)) continue;
    if (g.fragments && !g.fragments.some(([a, b]) => a <= start && end <= b)) continue;
    if (!best || g.end - g.start < best.end - best.start) best = g;
  }
  return best;
}

export interface FigureSourceTally { digits: number; reported: number; sourced: number; insideDigits: number; insideReported: number; insideRight: number; outsideReported: number; outsideRight: number }

export function scoreFigureSources(records: Record<string, unknown>[], onCase?: (c: { id: string; text: string; span: [number, number]; gold: GoldAttribution | undefined; pred: Figure | undefined; right: boolean }) => void): FigureSourceTally {
  const t: FigureSourceTally = { digits: 0, reported: 0, sourced: 0, insideDigits: 0, insideReported: 0, insideRight: 0, outsideReported: 0, outsideRight: 0 };
  for (const r of records) {
    const text = typeof r['text'] === 'string' ? r['text'] : '';
    const id = String(r['id'] ?? '');
    const golds = attributions(r);
    const figures = analyze({ id, text }).figures;
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const gold = holding(golds, start, end);
      const pred = figures.find((f) => f.start < end && start < f.end);
      t.digits++;
      if (gold) t.insideDigits++;
      let right = false;
      if (pred) {
        t.reported++;
        const goldNone = !gold || gold.speakerStart === null || gold.speakerEnd === null;
        const predNone = pred.sourceKind === 'unattributed' || pred.sourceKind === 'publication' || pred.sourceMention === null;
        if (goldNone) right = predNone;
        else right = pred.sourceMention !== null && pred.sourceMention.start < gold.speakerEnd! && gold.speakerStart! < pred.sourceMention.end;
        if (right) t.sourced++;
        if (gold) { t.insideReported++; if (right) t.insideRight++; } else { t.outsideReported++; if (right) t.outsideRight++; }
      }
      onCase?.({ id, text, span: [start, end], gold, pred, right });
    }
  }
  return t;
}

const pct = (a: number, b: number): number => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10);

export function evalFigureSources(records: Record<string, unknown>[]): EvalTable[] {
  const t = scoreFigureSources(records);
  return [{
    title: 'Figures written in digits: reported (recall) and source right (speaker of the gold attribution holding it, or none)',
    columns: ['figures', 'digit figures', 'reported', 'recall %', 'source right', 'source accuracy %'],
    rows: [
      ['all', t.digits, t.reported, pct(t.reported, t.digits), t.sourced, pct(t.sourced, t.reported)],
      ['inside an attribution', t.insideDigits, t.insideReported, pct(t.insideReported, t.insideDigits), t.insideRight, pct(t.insideRight, t.insideReported)],
      ['outside any attribution', t.digits - t.insideDigits, t.outsideReported, pct(t.outsideReported, t.digits - t.insideDigits), t.outsideRight, pct(t.outsideRight, t.outsideReported)],
    ],
  }];
}
