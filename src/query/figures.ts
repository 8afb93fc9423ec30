// Figure queries a fact-checker asks: which figures have no named source, of which kind,
// and which figures disagree (the same subject given different values or sources).
import type { Figure, FigureKind } from '../types.js';
import { figureKey } from '../analysis/figures/subject-key.js';
import { fold } from './match.js';

export const FIGURE_KINDS: readonly FigureKind[] = ['count', 'money', 'percent', 'measure', 'date', 'year', 'ordinal', 'other'];

export interface FigureFilter {
  /** Only figures no named source vouches for (unattributed, or the outlet's credit line). */
  unsourced?: boolean | undefined;
  kinds?: FigureKind[] | undefined;
}

export function figureFilter(filter: FigureFilter): (f: Figure) => boolean {
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  return (f) => (!filter.unsourced || f.source === null) && (kinds === null || kinds.has(f.kind));
}

// Dates, years and ordinals name moments and ranks, not amounts: `attrib figures` leaves
// them out unless asked (--kind all, --kind date), and they never "disagree".
export const QUANTITY_KINDS: readonly FigureKind[] = ['count', 'money', 'percent', 'measure', 'other'];
const QUANTITIES = new Set<FigureKind>(QUANTITY_KINDS);

/**
 * The values a figure allows: a range its two ends, "more than" or "at least" its value and up, "less than" or "at
 * most" its value and down, "about" a tenth either side; an amount without a number ("hundreds of", "dozens") from its
 * floor to ten times it. Null when it gives no value: it then rules nothing out.
 */
function allowed(f: Figure): [number, number] | null {
  if (f.low !== undefined && f.high !== undefined) return [f.low, f.high];
  const v = f.value;
  if (v === null) return null;
  if (f.rule === 'vague-amount') return [v, v * 10];
  switch (f.qualifier) {
    case 'more-than': case 'at-least': return [v, Infinity];
    case 'less-than': case 'at-most': return [-Infinity, v];
    case 'about': return [v - Math.abs(v) / 10, v + Math.abs(v) / 10];
    default: return [v, v];
  }
}

/** Whether two of the figures give values that cannot both hold: "300 children" and "hundreds of children" can,
 * "300" and "400" cannot. Some two ranges of values are apart exactly when the highest floor passes the lowest ceiling. */
function valuesConflict(list: Figure[]): boolean {
  let floor = -Infinity;
  let ceiling = Infinity;
  for (const f of list) {
    const a = allowed(f);
    if (a === null) continue;
    floor = Math.max(floor, a[0]);
    ceiling = Math.min(ceiling, a[1]);
  }
  return floor > ceiling;
}

/**
 * Groups figures by subject, kind and unit, and keeps the groups whose members give values
 * that cannot all hold or more than one source, each figure tagged with its group's subject. The
 * key (subject folded, determiners dropped, head noun singular) is the figures stage's own
 * import-free `figureKey`, so both sides agree on "the same subject" without loading compromise.
 * Groups come in order of first appearance, figures in input order within a group.
 */
export function disagreeingFigures(figures: Figure[]): (Figure & { group: string })[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = QUANTITIES.has(f.kind) ? figureKey(f) : null;
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: (Figure & { group: string })[] = [];
  for (const list of groups.values()) {
    const sources = new Set(list.map((f) => (f.source === null ? `(${f.sourceKind})` : fold(f.source))));
    if (list.length < 2 || (sources.size < 2 && !valuesConflict(list))) continue;
    const group = list[0]?.subject ?? '';
    for (const f of list) out.push({ ...f, group });
  }
  return out;
}
