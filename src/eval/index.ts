// `attrib eval <gold.jsonl>`: scores the analysis against an annotated file and returns
// tables for the renderers. The file's records say which scorer applies.
import { readFileSync } from 'node:fs';
import { evalQuotes } from './quotes.js';
import { evalNumbers } from './numbers.js';
import { evalFigureSources } from './figure-sources.js';

export interface EvalTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export function runEval(path: string): EvalTable[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  if (records.some((r) => Array.isArray(r['quotes']))) return [...evalQuotes(records), ...evalFigureSources(records)];
  if (records.some((r) => Array.isArray(r['numbers']))) return evalNumbers(records);
  throw new Error(`${path}: no "quotes" or "numbers" annotations found`);
}
