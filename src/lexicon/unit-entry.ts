// One unit of measure: its normalised symbol and its dimension (the shape every unit list shares).

export type Dimension =
  | 'length' | 'area' | 'volume' | 'mass' | 'speed' | 'temperature' | 'time' | 'energy' | 'power'
  | 'data' | 'frequency' | 'angle' | 'index' | 'pressure' | 'sound' | 'electric' | 'dose';

export interface UnitEntry { unit: string; dim: Dimension }

export const u = (unit: string, dim: Dimension): UnitEntry => ({ unit, dim });
