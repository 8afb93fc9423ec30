// The gold file `attrib eval` scores against: JSON Lines, decoded like every other input (a byte
// order mark decides the encoding and is dropped; UTF-16 is read too). A line that is not a JSON
// object is skipped and reported by its number, so one broken line neither hides where it is
// nor throws away the score of every other line.
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
    if (parsed.ok) records.push(parsed.record);
    else skipped.push({ line: i + 1, reason: parsed.reason });
  });
  return { records, skipped };
}

export function readGoldFile(path: string): GoldFile {
  const { text, replaced } = decodeFile(readFileSync(path));
  return { ...parseGold(text), replaced };
}
