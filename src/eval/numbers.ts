// `attrib eval numbers_*.jsonl`: CQE's quantity metric (value F1, value+qualifier F1) on files
// of sentences with gold quantities, matched sentence by sentence. Dates and years are not
// quantities; ordinals count only where a spec lists them (Recognizers' OrdinalModel). Recognizers-Text
// lists only its own model's entities in each spec, so precision counts only the predictions
// that model would list (money in CurrencyModel, percentages in PercentModel, ...).
import type { EvalTable } from './index.js';
import type { Figure } from '../types.js';
import { analyze } from '../analysis/index.js';
import { QUANTITY_KINDS } from '../analysis/figures/candidate.js';
import { DIMENSION_OF } from '../lexicon/units.js';
import { gold, match, predicted, type Quantity } from './number-match.js';


// "equals 35", "equal to 7,500": Recognizers' range model lists a stated equality as the closed range [35,35].
// Kept (audited): that is the model's own grammar (its English number-range rules have an equality
// pattern beside the more/less/between ones), so it says what the spec lists, not what one case holds
const STATED_EQUAL = /^equals?(?:[ \t]+to)?[ \t]/i;

/**
 * Which predicted figures a spec's gold would list. Recognizers' NumberModel lists every number,
 * the number of a measure or amount too ("3" in "in 3 years"); its DimensionModel has no durations
 * (they belong to its date-time model); its range model lists bounds, ranges and stated equalities.
 */
export function inSpec(spec: string, f: Figure): boolean {
  const dim = f.unit ? DIMENSION_OF[f.unit] : undefined;
  switch (spec) {
    case 'NumberModel': return QUANTITY_KINDS.has(f.kind) || f.kind === 'other';
    case 'PercentModel': return f.kind === 'percent';
    case 'OrdinalModel': return f.kind === 'ordinal';
    case 'CurrencyModel': return f.kind === 'money';
    case 'NumberRangeModel': return QUANTITY_KINDS.has(f.kind) && (f.low !== undefined || !['exact', 'about', 'up', 'down'].includes(f.qualifier) || (f.qualifier === 'exact' && STATED_EQUAL.test(f.text)));
    case 'DimensionModel': return f.kind === 'measure' && f.rule !== 'age' && dim !== 'temperature' && dim !== 'time';
    case 'TemperatureModel': return f.kind === 'measure' && dim === 'temperature';
    case 'AgeModel': return f.kind === 'measure' && f.rule === 'age';
    default: return QUANTITY_KINDS.has(f.kind);
  }
}

interface Tally { cases: number; gold: number; pred: number; value: number; valueDir: number }

export interface NumberCase { id: string; spec: string; text: string; golds: Quantity[]; preds: Figure[]; value: number; valueDir: number }

/** Scores every record; also returns the cases, for a quick look at what was missed. */
export function scoreNumbers(records: Record<string, unknown>[]): { tallies: Map<string, Tally>; cases: NumberCase[] } {
  const tallies = new Map<string, Tally>();
  const cases: NumberCase[] = [];
  for (const r of records) {
    const text = typeof r['text'] === 'string' ? r['text'] : '';
    const spec = typeof r['spec'] === 'string' ? r['spec'] : 'quantities';
    const src = typeof r['source'] === 'string' ? r['source'].split(/[ (]/)[0] ?? 'data' : 'data';
    const goldItems = Array.isArray(r['numbers']) ? (r['numbers'] as Record<string, unknown>[]) : [];
    const golds = goldItems.map(gold).filter((q): q is Quantity => q !== null);
    const preds = analyze({ id: String(r['id'] ?? ''), text }).figures.filter((f) => inSpec(spec, f));
    const pq = preds.map(predicted);
    const value = match(golds, pq, false, text);
    const valueDir = match(golds, pq, true, text);
    cases.push({ id: String(r['id'] ?? ''), spec, text, golds, preds, value, valueDir });
    for (const key of [`${src} ${spec}`, `${src} (all)`]) {
      const t = tallies.get(key) ?? { cases: 0, gold: 0, pred: 0, value: 0, valueDir: 0 };
      t.cases++; t.gold += golds.length; t.pred += preds.length; t.value += value; t.valueDir += valueDir;
      tallies.set(key, t);
    }
  }
  return { tallies, cases };
}

const pct = (a: number, b: number): number => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10);
/** F1 from the counts (2·matched / (predicted + gold)), not from the rounded precision and recall. */
const f1 = (matched: number, pred: number, gold: number): number => (pred + gold === 0 ? 0 : Math.round((2000 * matched) / (pred + gold)) / 10);

export function evalNumbers(records: Record<string, unknown>[]): EvalTable[] {
  const { tallies } = scoreNumbers(records);
  const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, t]) => {
    const vp = pct(t.value, t.pred); const vr = pct(t.value, t.gold);
    const dp = pct(t.valueDir, t.pred); const dr = pct(t.valueDir, t.gold);
    return [key, t.cases, t.gold, t.pred, vp, vr, f1(t.value, t.pred, t.gold), dp, dr, f1(t.valueDir, t.pred, t.gold)];
  });
  return [{
    title: 'Figures: value and value+qualifier (CQE metric; precision within each spec; dates/years not quantities)',
    columns: ['source / spec', 'cases', 'gold', 'predicted', 'value P', 'value R', 'value F1', 'value+qual P', 'value+qual R', 'value+qual F1'],
    rows,
  }];
}
