// Speakers across documents: each document's analysis lists its own speakers; a corpus
// view merges records with the same canonical name and kind (case and accents aside).
import type { Speaker } from '../types.js';
import { fold } from './match.js';

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a.map(fold));
  const out = [...a];
  for (const x of b) {
    if (!seen.has(fold(x))) {
      seen.add(fold(x));
      out.push(x);
    }
  }
  return out;
}

/** Merges per-document speakers in first-seen order of names. */
export class SpeakerTally {
  private readonly byKey = new Map<string, Speaker>();

  add(speakers: Speaker[]): void {
    for (const s of speakers) {
      const key = `${s.kind}\u0000${fold(s.name)}`;
      const had = this.byKey.get(key);
      if (!had) {
        this.byKey.set(key, { ...s, roles: [...s.roles], aliases: [...s.aliases], docs: [...s.docs] });
        continue;
      }
      had.roles = union(had.roles, s.roles);
      had.aliases = union(had.aliases, s.aliases);
      had.docs = union(had.docs, s.docs);
      had.quotes += s.quotes;
      had.figures += s.figures;
    }
  }

  /** Most quoted first, then most figures, then by name, so the order is stable. */
  list(): Speaker[] {
    return [...this.byKey.values()].sort((a, b) => b.quotes - a.quotes || b.figures - a.figures || a.name.localeCompare(b.name));
  }
}

export function aggregateSpeakers(perDoc: Speaker[][]): Speaker[] {
  const tally = new SpeakerTally();
  for (const s of perDoc) tally.add(s);
  return tally.list();
}
