// The gold file `attrib eval` scores against: JSON Lines, decoded like every other input (a byte
// order mark decides the encoding and is dropped; UTF-16 is read too). A line that is not a JSON
// object is skipped and reported by its number, so one broken line neither hides where it is
// nor throws away the score of every other line.
import { readFileSync } from 'node:fs';
import { decodeFile } from '../corpus/decode.js';

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
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped.push({ line: i + 1, reason: 'invalid JSON' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) skipped.push({ line: i + 1, reason: 'not a JSON object' });
    else records.push(value as Record<string, unknown>);
  });
  return { records, skipped };
}

export function readGoldFile(path: string): GoldFile {
  const { text, replaced } = decodeFile(readFileSync(path));
  return { ...parseGold(text), replaced };
}
