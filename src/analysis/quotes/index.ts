import type { Attributed, Resolved } from '../state.js';

// STUB: to be written.
export function attributeQuotes(s: Resolved): Attributed {
  return { ...s, quotes: [] };
}
