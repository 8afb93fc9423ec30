import type { Cued, Mentioned } from '../state.js';

// STUB: to be written.
export function findMentions(s: Cued): Mentioned {
  return { ...s, mentions: [] };
}
