// What the cache stores for one document: its analysis without the document itself, keyed by
// the text alone. Equal texts can arrive under different ids (the same wire story in two
// dumps), so the id is replaced by a placeholder on the way in and re-applied on the way out.
import { createHash } from 'node:crypto';
import type { Analysis, Document } from '../types.js';

// A NUL can't occur in a document id read from a file name or a JSONL string we would accept
// as the same id, so the placeholder never collides with a real one.
const DOC = '\u0000doc';

/** sha256 of the text, hex: the content half of the cache key (the analysis version is the other). */
export function textKey(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function toPayload(analysis: Analysis): string {
  const id = analysis.doc.id;
  const { doc: _doc, ...records } = analysis;
  // Only the `doc` fields of records and `docs` lists of speakers carry the id.
  return JSON.stringify(records, (key, value: unknown) => {
    if (key === 'doc' && value === id) return DOC;
    if (key === 'docs' && Array.isArray(value)) return value.map((d) => (d === id ? DOC : d));
    return value;
  });
}

export function fromPayload(json: string, doc: Document): Analysis {
  const records = JSON.parse(json, (key, value: unknown) => {
    if (key === 'doc' && value === DOC) return doc.id;
    if (key === 'docs' && Array.isArray(value)) return value.map((d) => (d === DOC ? doc.id : d));
    return value;
  }) as Omit<Analysis, 'doc'>;
  return { ...records, doc };
}
