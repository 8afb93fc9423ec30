// The entity a pronoun points back to, searched in the mentions remembered so far (Salience's memory).
import type { Gender } from '../../lexicon/pronouns.js';
import { isDocumentHead } from '../mentions/words.js';
import { fitsPersonRole } from './roles.js';
import { LOOK_BACK, type Memory, type Seen, type Unnamed } from './seen.js';

// How many sentences back a he/she may reach once the two before hold no one (after a quote paragraph, the
// sentences just before are all inside the quote).
const PERSON_REACH = 10;

function compatible(mem: Memory, e: number, gender: Gender, loose: boolean): boolean {
  const d = mem.reg.drafts[e]!;
  // loose: a gender only guessed from a first-name list ("Rowan", "Kim", "Sasha" are given to both) is a
  // preference, not a veto; one a title or role stated ("Mr.", "Congresswoman") still is
  if (loose) return (gender === 'male' || gender === 'female') && d.kind === 'person' && !((d.statedGender || d.pronounGender) && d.gender !== gender);
  if (gender === 'male' || gender === 'female') return d.kind === 'person' && (d.gender === null || d.gender === gender);
  if (gender === 'neuter') return d.kind === 'organization';
  if (gender === 'plural') return d.kind === 'group';
  return false;
}

/** A person only described (no entity) of a fitting gender who spoke in that sentence (Salience.rememberUnnamed). */
function unnamedSpeakerIn(mem: Memory, sentence: number, gender: Gender): Unnamed | undefined {
  for (let k = mem.unnamed.length - 1; k >= 0; k--) {
    const u = mem.unnamed[k]!;
    if (u.sentence < sentence) return undefined;
    if (u.sentence === sentence && (u.gender === null || u.gender === gender)) return u;
  }
  return undefined;
}

/** Whether entity e, found beyond an unnamed speaker, holds roles none of which is that speaker's office (then it is
 *  someone else; with no role known, the resolver may only have missed that the two are one). */
function otherOffice(mem: Memory, e: number, blocker: Unnamed | undefined): boolean {
  if (blocker === undefined) return false;
  const d = mem.reg.drafts[e]!;
  return d.roles.length > 0 && !fitsPersonRole(d, blocker.head);
}

/**
 * A pair one of whose members was named alone after it, outside a prepositional phrase, while the other is a group that
 * can be a "they" of its own: "The council and residents clashed. The council said it ... They said ..." means the
 * residents. (Two people stay a pair: "Ada Lind and Tom Berg quit. Lind said ... They said ..." has no other "they".)
 */
function splitPair(mem: Memory, x: Seen, alone: ReadonlyMap<number, number>): boolean {
  const members = mem.reg.drafts[x.entity]!.members;
  if (members === undefined) return false;
  const later = members.filter((e) => (alone.get(e) ?? -1) > x.sentence);
  return later.length === 1 && members.some((e) => e !== later[0] && mem.reg.drafts[e]!.kind === 'group');
}

/**
 * he/she: in this sentence, then the one before, then two back (how compromise and Citron resolve): the subject of a
 * speech verb before the first named, and someone known to have that gender before someone unknown. Then, and for
 * it/they, the nearest fitting entity a little further back. Nothing inside a quote for a pronoun outside it.
 * Loosely, only the subject of a speech verb counts, and a guessed gender is no veto.
 */
export function findAntecedent(mem: Memory, at: number, gender: Gender, loose: boolean): number | null {
  const seen = mem.seen;
  const sentence = mem.ctx.sentenceOf(at);
  const quoted = mem.ctx.inQuote(at);
  const floor = Math.max(0, seen.length - LOOK_BACK);
  // loosely, only the subject of a speech verb: the last speaker, whom a he/she most likely continues
  const usable = (x: Seen): boolean => (quoted || !x.quoted) && (!loose || x.subject) && compatible(mem, x.entity, gender, loose);
  // "People should see a doctor first, she said": the subject of a cue after its content is no one named in
  // that content, so the search starts a sentence back
  const personal = gender === 'male' || gender === 'female';
  const inverted = personal && /[,―—–]\s*$/.test(mem.text.slice(Math.max(0, at - 3), at)) && mem.cues.closingCueAfter(at);
  let blocker: Unnamed | undefined;
  if (personal) {
    for (let back = inverted ? 1 : 0; back <= 2; back++) {
      let first: Seen | undefined;
      let subject: Seen | undefined;
      let knownFirst: Seen | undefined;
      let knownSubject: Seen | undefined;
      for (let k = seen.length - 1; k >= floor; k--) {
        const x = seen[k]!;
        if (x.sentence < sentence - back) break;
        if (x.sentence !== sentence - back || !usable(x)) continue;
        const known = mem.reg.drafts[x.entity]!.gender === gender;
        first = x;
        if (x.subject) subject = x;
        if (known) knownFirst = x;
        if (known && x.subject) knownSubject = x;
      }
      // "Lawyer Ana Roe filed the suit. The minister denied it. She insisted ...": a speaker only described, whom the
      // resolver tied to no one, is who a he/she after it most likely continues, not someone else named (further back,
      // or not speaking there) who holds another office
      if (subject === undefined) blocker ??= unnamedSpeakerIn(mem, sentence - back, gender);
      const pick = knownSubject ?? subject ?? knownFirst ?? first;
      if (pick) return otherOffice(mem, pick.entity, blocker) ? null : pick.entity;
    }
  }
  const reach = gender === 'neuter' ? 3 : gender === 'plural' ? 2 : PERSON_REACH;
  // it/they: the nearest in this sentence; in a sentence before, its subject (the first one named outside a
  // prepositional phrase: "The ministry met Acme. It said ..." is the ministry), as Hobbs's search goes
  // (a country in a prepositional phrase is a place there, "expanded in Norland", not the one that speaks: it is
  // taken only when nothing else fits)
  let nearest: Seen | undefined;
  let actor: Seen | undefined;
  let subjectOf: Seen | undefined;
  // the last sentence each entity was named in outside a prepositional phrase (splitPair)
  const alone = new Map<number, number>();
  for (let k = seen.length - 1; k >= floor; k--) {
    const x = seen[k]!;
    if (x.sentence < sentence - reach) break;
    if (actor !== undefined && x.sentence !== actor.sentence) break;
    if (!x.oblique && !alone.has(x.entity)) alone.set(x.entity, x.sentence);
    if (splitPair(mem, x, alone)) continue;
    if (!usable(x) || (inverted && x.sentence === sentence)) continue;
    if (personal) return otherOffice(mem, x.entity, blocker) ? null : x.entity;
    // "the club said in a statement. It added ...": the document a body spoke through is not what "it" means
    if (x.oblique && isDocumentHead(mem.reg.drafts[x.entity]!.words.at(-1))) continue;
    // "The mayor's office set up a fund. It said ...", "Close a library, ... it said": a body brought in by "a" and
    // not speaking there is what was made, bought or shut, not who speaks next (the writer would say "the fund")
    if (gender === 'neuter' && x.indefinite && !x.subject) continue;
    nearest ??= x;
    if (x.oblique && mem.reg.drafts[x.entity]!.country) continue;
    if (x.sentence === sentence) return x.entity;
    actor ??= x;
    if (!x.oblique) subjectOf = x;
  }
  const pick = subjectOf ?? actor ?? nearest;
  if (pick !== undefined) return pick.entity;
  // "they" with no group in sight: an organisation in this sentence or the one before ("Acme said they ...")
  if (gender === 'plural') {
    for (let k = seen.length - 1; k >= floor; k--) {
      const x = seen[k]!;
      if (x.sentence < sentence - 1) break;
      if ((quoted || !x.quoted) && mem.reg.drafts[x.entity]!.kind === 'organization' && !mem.reg.drafts[x.entity]!.country) return x.entity;
    }
  }
  return null;
}
