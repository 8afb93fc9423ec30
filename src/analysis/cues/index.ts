import type { Cued, Marked } from '../state.js';

// STUB: to be written.
export function findCues(s: Marked): Cued {
  return { ...s, cues: [] };
}
