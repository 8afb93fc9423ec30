// `attrib eval <gold.jsonl>`: scores the analysis against an annotated file and returns
// tables for the renderers. The file's records say which scorer applies.
import { evalQuotes } from './quotes.js';
import { evalNumbers } from './numbers.js';
import { evalFigureSources } from './figure-sources.js';
import { readGoldFile, type GoldFile } from './gold-file.js';

export interface EvalTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export interface EvalResult {
  tables: EvalTable[];
  /** The gold file's lines that were not scored (see gold-file.ts). */
  skipped: GoldFile['skipped'];
  replaced: boolean;
}

/** Throws when the file cannot be read or holds no annotation a scorer knows. */
export function runEval(path: string): EvalResult {
  const { records, skipped, replaced } = readGoldFile(path);
  if (records.some((r) => Array.isArray(r['quotes']))) return { tables: [...evalQuotes(records), ...evalFigureSources(records)], skipped, replaced };
  if (records.some((r) => Array.isArray(r['numbers']))) return { tables: evalNumbers(records), skipped, replaced };
  throw new Error('no "quotes" or "numbers" annotations found');
}
