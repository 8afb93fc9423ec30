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

function valueKey(f: Figure): string {
  return f.low !== undefined && f.high !== undefined ? `${f.low}-${f.high}` : String(f.value);
}

/**
 * Groups figures by subject, kind and unit, and keeps the groups whose members give more
 * than one value or more than one source, each figure tagged with its group's subject. The
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
    const values = new Set(list.map(valueKey));
    const sources = new Set(list.map((f) => (f.source === null ? `(${f.sourceKind})` : fold(f.source))));
    if (list.length < 2 || (values.size < 2 && sources.size < 2)) continue;
    const group = list[0]?.subject ?? '';
    for (const f of list) out.push({ ...f, group });
  }
  return out;
}
