// Finding mentions by offset, for the stages after resolveSpeakers (quote attribution, figure sources).
// Mentions are sorted by start and never overlap, so a binary search finds any offset in O(log n).
import type { Entity, Mention } from '../../types.js';
import { firstNotBefore } from '../sorted.js';

interface HasMentions {
  doc: { text: string };
  mentions: Mention[];
}
interface HasEntities extends HasMentions {
  entities: Entity[];
}

/** Index of the first mention whose end is after `offset` (mentions.length when none). */
export function firstEndingAfter(mentions: Mention[], offset: number): number {
  return firstNotBefore(mentions, (x) => x.end <= offset);
}

/** The first mention overlapping [start, end), if any. */
export function mentionAt(s: HasMentions, start: number, end: number): Mention | undefined {
  const m = s.mentions[firstEndingAfter(s.mentions, start)];
  return m && m.start < Math.max(end, start + 1) ? m : undefined;
}

/** Every mention lying wholly inside [start, end). */
export function mentionsIn(s: HasMentions, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstEndingAfter(s.mentions, start); i < s.mentions.length; i++) {
    const m = s.mentions[i]!;
    if (m.start >= end) break;
    if (m.start >= start && m.end <= end) out.push(m);
  }
  return out;
}

// Only blanks and commas may sit between a subject and its cue ("Smith, said" is rare but "Smith said" common);
// anything else (a word, a full stop) means the mention is not next to the offset.
const GAP = /^[\s,]*$/;

/** The mention that ends just before `offset` (at most `maxGap` characters of blanks/commas between). */
export function mentionEndingBefore(s: HasMentions, offset: number, maxGap = 3): Mention | undefined {
  const i = firstEndingAfter(s.mentions, offset) - 1;
  const m = s.mentions[i];
  if (!m || offset - m.end > maxGap) return undefined;
  return GAP.test(s.doc.text.slice(m.end, offset)) ? m : undefined;
}

/** The mention that starts just after `offset` (at most `maxGap` characters of blanks/commas between). */
export function mentionStartingAfter(s: HasMentions, offset: number, maxGap = 3): Mention | undefined {
  const m = s.mentions[firstEndingAfter(s.mentions, offset)];
  if (!m || m.start < offset || m.start - offset > maxGap) return undefined;
  return GAP.test(s.doc.text.slice(offset, m.start)) ? m : undefined;
}

/** The entity a mention was resolved to, or null. */
export function entityOf(s: HasEntities, m: Mention): Entity | null {
  return m.entity === null ? null : (s.entities[m.entity] ?? null);
}
