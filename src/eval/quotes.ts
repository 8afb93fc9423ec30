import type { EvalTable } from './index.js';

// STUB: to be written.
export function evalQuotes(_records: Record<string, unknown>[]): EvalTable[] {
  return [];
}
