// Speakers across documents: each document's analysis lists its own speakers; a corpus
// view merges records with the same canonical name and kind (case and accents aside).
// A speaker the article names only by a description ("the company", "two people", "a
// spokeswoman") is a different one in every article, so it stays one row per document.
import { PHRASE_DETERMINERS } from '../lexicon/noun-phrase-words.js';
import { UNIT_WORDS, TENS_WORDS } from '../lexicon/number-words.js';
import type { Speaker } from '../types.js';
import { fold } from './match.js';

/**
 * A description, not a name: it opens with a determiner or a number ("the union", "two
 * officials"), or, for a person or organisation, has no capitalised word ("spokeswoman").
 * A group named by its class ("police", "Economists", "U.S. officials") stays one row across
 * documents: a researcher counts it as a kind of source.
 */
export function isDescription(s: Pick<Speaker, 'name' | 'kind'>): boolean {
  const words = s.name.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  if (PHRASE_DETERMINERS.has(first) || Object.hasOwn(UNIT_WORDS, first) || Object.hasOwn(TENS_WORDS, first) || /^\d/.test(first)) return true;
  return s.kind !== 'group' && !words.some((w) => /^\p{Lu}/u.test(w));
}

/** The merge key: kind and folded name, and the document for a description. */
function keyOf(s: Speaker): string {
  const key = `${s.kind}\u0000${fold(s.name)}`;
  return isDescription(s) ? `${key}\u0000${s.docs.join('\u0000')}` : key;
}

type ListField = 'roles' | 'aliases' | 'docs';
const LIST_FIELDS: readonly ListField[] = ['roles', 'aliases', 'docs'];

/** Appends the items of `more` not yet in `seen` (folded), as `union` does, keeping `seen` for the next add. */
function addNew(list: string[], seen: Set<string>, more: string[]): void {
  for (const x of more) {
    const key = fold(x);
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(x);
  }
}

/** `a` then the items of `b` not in it (folded). */
function union(a: string[], b: string[]): string[] {
  const out = [...a];
  addNew(out, new Set(a.map(fold)), b);
  return out;
}

/**
 * Merges per-document speakers in first-seen order of names. Each merged speaker keeps the
 * folded items of its lists in a set, so a speaker found in N documents costs O(N), not the
 * O(N^2) of folding its whole docs list again at every document.
 */
export class SpeakerTally {
  private readonly byKey = new Map<string, { speaker: Speaker; seen: Record<ListField, Set<string>> }>();

  add(speakers: Speaker[]): void {
    for (const s of speakers) {
      const key = keyOf(s);
      const had = this.byKey.get(key);
      if (!had) {
        const speaker = { ...s, roles: [...s.roles], aliases: [...s.aliases], docs: [...s.docs] };
        const seen = { roles: new Set(s.roles.map(fold)), aliases: new Set(s.aliases.map(fold)), docs: new Set(s.docs.map(fold)) };
        this.byKey.set(key, { speaker, seen });
        continue;
      }
      for (const field of LIST_FIELDS) addNew(had.speaker[field], had.seen[field], s[field]);
      had.speaker.quotes += s.quotes;
      had.speaker.figures += s.figures;
    }
  }

  /** Most quoted first, then most figures, then by name, so the order is stable. */
  list(): Speaker[] {
    const speakers = [...this.byKey.values()].map((e) => e.speaker);
    return mergeShortNames(speakers).sort((a, b) => b.quotes - a.quotes || b.figures - a.figures || a.name.localeCompare(b.name));
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
    if (isDescription(s)) continue;
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
    if (isDescription(s)) continue;
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
