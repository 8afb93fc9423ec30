import type { Mentioned, Resolved } from '../state.js';

// STUB: to be written.
export function resolveSpeakers(s: Mentioned): Resolved {
  return { ...s, entities: [] };
}
