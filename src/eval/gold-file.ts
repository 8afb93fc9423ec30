// The gold file `attrib eval` scores against: JSON Lines, decoded like every other input (a byte
// order mark decides the encoding and is dropped; UTF-16 is read too). A line that is not a JSON
// object, or whose annotations cannot be scored, is skipped and reported by its number, so one broken
// line neither hides where it is nor throws away the score of every other line.
import { readFileSync } from 'node:fs';
import { decodeFile } from '../corpus/decode.js';
import { parseObject } from '../corpus/jsonl.js';

export interface GoldFile {
  records: Record<string, unknown>[];
  /** Lines that could not be read as a record: 1-based number and why. */
  skipped: { line: number; reason: string }[];
  /** True when invalid bytes were replaced with U+FFFD while decoding. */
  replaced: boolean;
}

/** The records of a gold file's decoded text; blank lines are passed over. */
export function parseGold(text: string): Omit<GoldFile, 'replaced'> {
  const records: Record<string, unknown>[] = [];
  const skipped: GoldFile['skipped'] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    // (the corpus's object check; what fields a gold record must hold is for the scorers to say)
    const parsed = parseObject(line);
    if (!parsed.ok) {
      skipped.push({ line: i + 1, reason: parsed.reason });
      return;
    }
    const fault = annotationFault(parsed.record);
    if (fault === null) records.push(parsed.record);
    else skipped.push({ line: i + 1, reason: fault });
  });
  return { records, skipped };
}

const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/**
 * Why a record's annotations cannot be scored, or null: an entry of "quotes" or "numbers" that is no JSON object
 * (a scorer would read fields of null), or a quote without a numeric span (it would be scored at offset 0). The
 * whole line is left out, as a broken one is: a record scored with some of its gold missing would count the
 * analysis wrong where it was right.
 */
function annotationFault(record: Record<string, unknown>): string | null {
  for (const [field, what] of [['quotes', 'quote'], ['numbers', 'number']] as const) {
    const list = record[field];
    if (!Array.isArray(list)) continue;
    for (const [i, entry] of list.entries()) {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `${what} ${i + 1} is not a JSON object`;
      const e = entry as Record<string, unknown>;
      if (field === 'quotes' && !(isNumber(e['start']) && isNumber(e['end']))) return `quote ${i + 1} has no numeric "start" and "end"`;
    }
  }
  return null;
}

export function readGoldFile(path: string): GoldFile {
  const { text, replaced } = decodeFile(readFileSync(path));
  return { ...parseGold(text), replaced };
}
