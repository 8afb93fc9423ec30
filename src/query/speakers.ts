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
    return mergeShortNames([...this.byKey.values()]).sort((a, b) => b.quotes - a.quotes || b.figures - a.figures || a.name.localeCompare(b.name));
  }
}

export function aggregateSpeakers(perDoc: Speaker[][]): Speaker[] {
  const tally = new SpeakerTally();
  for (const s of perDoc) tally.add(s);
  return tally.list();
}

/**
 * An article that only says "Okafor" gives the canonical name "Okafor"; another gives "Maria
 * Okafor" with the alias "Okafor". A speaker whose whole name is an alias of exactly one other
 * speaker of the same kind is that speaker; two candidates ("Smith" for two Smiths) keep it apart.
 */
function mergeShortNames(speakers: Speaker[]): Speaker[] {
  const byAlias = new Map<string, Speaker[]>();
  for (const s of speakers) {
    for (const a of s.aliases) {
      const key = `${s.kind}\u0000${fold(a)}`;
      if (fold(a) === fold(s.name)) continue;
      const list = byAlias.get(key) ?? [];
      if (!list.includes(s)) list.push(s);
      byAlias.set(key, list);
    }
  }
  const merged = new Set<Speaker>();
  for (const s of speakers) {
    const owners = (byAlias.get(`${s.kind}\u0000${fold(s.name)}`) ?? []).filter((o) => o !== s);
    const [into] = owners;
    if (owners.length !== 1 || !into || merged.has(into)) continue;
    into.quotes += s.quotes;
    into.figures += s.figures;
    into.roles = union(into.roles, s.roles);
    into.aliases = union(into.aliases, [s.name, ...s.aliases].filter((a) => fold(a) !== fold(into.name)));
    into.docs = union(into.docs, s.docs);
    merged.add(s);
  }
  return speakers.filter((s) => !merged.has(s));
}
