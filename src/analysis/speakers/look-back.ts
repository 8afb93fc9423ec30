// The look-backs other than a pronoun's (antecedent.ts): the person a passage is about, the one person in reach,
// a firm's name read as a surname, and the last entity a description fits. Each reads Salience's memory, bounded.
import type { Gender } from '../../lexicon/pronouns.js';
import type { Mention } from '../../types.js';
import { BODY_OR_PERSON_HEADS } from '../../lexicon/roles.js';
import { firstNameGender } from '../mentions/words.js';
import { contextWords, type Draft } from './registry.js';
import { fitsOrganization, fitsPersonRole, looselyFitsOrganization } from './roles.js';
import { LOOK_BACK, type Memory } from './seen.js';

const PROTAGONIST_REACH = 6;
// how many sentences back an epithet ("the Dane") looks for the person it refers back to (past a quote paragraph)
const SOLE_REACH = 6;

/** A lone word no first-name list knows, with no gender or role ("Marlow", "Lumera"): as often a club or a firm. */
export const bareWord = (d: Draft): boolean =>
  d.words.length === 1 && d.gender === null && d.roles.length === 0 && firstNameGender(d.words[0]!) === undefined;

/**
 * The person the passage is about: of the persons mentioned in the last few sentences (outside quotes), the one
 * mentioned most, if at least three times. For "the nominee" when no one was given that title.
 */
export function protagonist(mem: Memory, at: number, gender: Gender, wanted: readonly string[]): number | null {
  const sentence = mem.ctx.sentenceOf(at);
  const floor = Math.max(0, mem.seen.length - LOOK_BACK);
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 2;
  for (let k = mem.seen.length - 1; k >= floor; k--) {
    const x = mem.seen[k]!;
    if (x.sentence < sentence - PROTAGONIST_REACH) break;
    const d = mem.reg.drafts[x.entity]!;
    if (x.quoted || d.kind !== 'person' || (gender !== null && d.gender !== null && d.gender !== gender)) continue;
    // "the Liberal nominee" is someone the text called a Liberal
    if (!wanted.every((w) => d.context.has(w))) continue;
    const n = (counts.get(x.entity) ?? 0) + 1;
    counts.set(x.entity, n);
    if (n > bestCount) { best = x.entity; bestCount = n; }
  }
  return best;
}

/**
 * The one person named in reach of `at` (outside quotes, for a mention outside them): the sentence of the nearest
 * person before it and the sentence before that one, within SOLE_REACH sentences. Of two or more, a bare surname-like
 * word no first-name list knows ("Marlow", often a club or a firm) counts only when no one else is there, and the
 * one of them who spoke (the subject of a cue) is the one meant. Otherwise null: "Ada Lind fouled Pia Lund. The
 * Dane said" names neither.
 */
export function solePerson(mem: Memory, at: number): number | null {
  const sentence = mem.ctx.sentenceOf(at);
  const quoted = mem.ctx.inQuote(at);
  const named = new Set<number>();
  const bare = new Set<number>();
  const speakers = new Set<number>();
  let anchor = -1;
  for (let k = mem.seen.length - 1; k >= Math.max(0, mem.seen.length - LOOK_BACK); k--) {
    const x = mem.seen[k]!;
    if (x.sentence < (anchor < 0 ? sentence - SOLE_REACH : anchor - 1)) break;
    const d = mem.reg.drafts[x.entity]!;
    if ((x.quoted && !quoted) || d.kind !== 'person') continue;
    if (anchor < 0) anchor = x.sentence;
    const weak = bareWord(d);
    (weak ? bare : named).add(x.entity);
    if (x.spoke && !weak) speakers.add(x.entity);
  }
  const pool = named.size > 0 ? named : bare;
  if (pool.size === 1) return pool.values().next().value!;
  return speakers.size === 1 ? speakers.values().next().value! : null;
}

/** The subject of a cue in this sentence or the `back` before it (two by default) that is a lone word no first-name
 *  list knows, with no gender or role ("Lumera said"): a firm's name read as a surname. Null when there is none. */
export function bareName(mem: Memory, at: number, back = 2): number | null {
  const sentence = mem.ctx.sentenceOf(at);
  for (let k = mem.seen.length - 1; k >= Math.max(0, mem.seen.length - LOOK_BACK); k--) {
    const x = mem.seen[k]!;
    if (x.sentence < sentence - back) break;
    const d = mem.reg.drafts[x.entity]!;
    if (x.spoke && d.kind === 'person' && bareWord(d) && !d.pronounGender) return x.entity;
  }
  return null;
}

/**
 * The last entity a description fits: "the minister" a foreign minister, "the Ohio senator" the senator whose
 * titles said "Ohio" (else the last senator), "the company" an organisation named like one (else any plain one).
 */
export function fitting(mem: Memory, m: Mention): number | null {
  const head = m.head ?? '';
  const floor = Math.max(0, mem.seen.length - LOOK_BACK);
  const wanted = contextWords(m.text);
  let fallback: number | null = null;
  let loose: number | null = null;
  let earlier: number | null = null;
  let reportedAt = 0;
  for (let k = mem.seen.length - 1; k >= floor; k--) {
    const e = mem.seen[k]!.entity;
    const d = mem.reg.drafts[e]!;
    // a body's description fits bodies only: "the union" is no "union organizer Lev Dunn"
    // ("the regulator" fits the body introduced as "the regulator Aquawatch" too: a head naming bodies and people)
    if (!(m.gender === 'neuter' ? fitsOrganization(d, head) : fitsPersonRole(d, head) || (BODY_OR_PERSON_HEADS.has(head) && fitsOrganization(d, head)))) {
      if (loose === null && looselyFitsOrganization(d, head)) loose = e;
      continue;
    }
    if (wanted.length === 0 || wanted.every((w) => d.context.has(w))) {
      // "The Velm court ruled. Mill owners said they would take it to the High Court. The court said ...": a body named
      // only in reported words yields to one named outside them a sentence or two before
      if (mem.seen[k]!.reported && earlier === null) { earlier = e; reportedAt = mem.seen[k]!.sentence; continue; }
      if (earlier !== null && (mem.seen[k]!.reported || mem.seen[k]!.sentence < reportedAt - 2)) return earlier;
      return e;
    }
    // a Utah senator is not an Ohio senator: fall back only to someone whose titles named no place
    if (d.context.size === 0) fallback ??= e;
  }
  return earlier ?? fallback ?? loose;
}
