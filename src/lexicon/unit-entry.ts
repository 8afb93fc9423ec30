// One unit of measure: its normalised symbol and its dimension (the shape every unit list shares).

export type Dimension =
  | 'length' | 'area' | 'volume' | 'mass' | 'speed' | 'temperature' | 'time' | 'energy' | 'power'
  | 'data' | 'frequency' | 'angle' | 'index' | 'pressure' | 'sound' | 'electric' | 'dose';

export interface UnitEntry { unit: string; dim: Dimension }

export const u = (unit: string, dim: Dimension): UnitEntry => ({ unit, dim });

/** A metric unit named in British spelling ("kilometre", "square metre") with its plural and the American "-er"
 *  spellings ("kilometres", "kilometer", "kilometers"): four words, one entry. */
export function metricSpellings(british: string, unit: string, dim: Dimension): Record<string, UnitEntry> {
  if (!british.endsWith('re')) throw new Error(`not a British "-re" spelling: ${british}`);
  const american = `${british.slice(0, -2)}er`;
  return Object.fromEntries([british, `${british}s`, american, `${american}s`].map((w) => [w, u(unit, dim)]));
}
