// What reading a corpus yields: documents, inputs skipped with the reason, and warnings
// (the input was read, but something was repaired). Messages name the input and carry no
// "attrib:" prefix: the CLI adds it.
import type { Document } from '../types.js';

export interface Skipped {
  /** The path, `path:line` for a JSONL line, or `-` for stdin. */
  input: string;
  reason: string;
}

export type CorpusEvent =
  | { type: 'doc'; doc: Document }
  | { type: 'skip'; skipped: Skipped }
  | { type: 'warn'; message: string };

export interface CorpusIO {
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

export const skip = (input: string, reason: string): CorpusEvent => ({ type: 'skip', skipped: { input, reason } });
export const warn = (message: string): CorpusEvent => ({ type: 'warn', message });

/** The warning for a repaired decoding. */
export const replacedWarning = (where: string): CorpusEvent =>
  warn(`${where}: invalid bytes replaced with U+FFFD (is the file UTF-8?)`);

/** The warning for an id that was already taken. */
export const renamedWarning = (where: string, id: string, unique: string): CorpusEvent =>
  warn(`${where}: duplicate id ${JSON.stringify(id)} renamed ${JSON.stringify(unique)}`);
