import type { EvalTable } from './index.js';

// STUB: to be written.
export function evalNumbers(_records: Record<string, unknown>[]): EvalTable[] {
  return [];
}
