import type { Attributed, Counted } from '../state.js';

// STUB: to be written.
export function findFigures(s: Attributed): Counted {
  return { ...s, figures: [] };
}
