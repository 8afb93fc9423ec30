import type { Counted } from '../state.js';

// STUB: to be written.
export function sourceFigures(s: Counted): Counted {
  return s;
}
