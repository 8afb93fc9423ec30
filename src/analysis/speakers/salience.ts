// What the reader has in mind at each point of the text: the entities mentioned so far, in order, with their
// sentence, whether they stood inside a quote and whether they were the subject of a speech verb. Pronouns and
// descriptions look back through it; the look-back is bounded so the pass stays linear.
import type { Cue, Mention } from '../../types.js';
import { PRONOUNS, type Gender } from '../../lexicon/pronouns.js';
import { BODY_OR_PERSON_HEADS } from '../../lexicon/roles.js';
import type { Context } from './context.js';
import { contextWords, type Draft, type Registry } from './registry.js';
import { fitsOrganization, fitsPersonRole, looselyFitsOrganization } from './roles.js';
import { firstNameGender, isDocumentHead } from '../mentions/words.js';

interface Seen {
  entity: number;
  sentence: number;
  quoted: boolean;
  subject: boolean;
  /** The subject of a cue it speaks through: before it ("Roe said"), or after it at a clause's end ("said Roe."), not
   *  the content's subject ("said Roe was right"). */
  spoke: boolean;
  /** After a preposition ("in Norland", "with Acme"): no subject of its clause. */
  oblique: boolean;
}

// a preposition right before a mention (bounded window, anchored at its end)
// ("and"/"or", not a bare comma: "In Norland, the ministry" has its subject after the comma)
const JOINED = /^,?[\s\u00a0]+(?:and|or)[\s\u00a0]+$/;
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|of|with|by|for|to|on|into|against|over|under|after|before|about|between|among|like|than)[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;

/** "He’s", "they'll" -> "he", "they". */
export const pronounKey = (text: string): string => text.toLowerCase().replace(/['’][a-z]*$/, '');

// Mentions looked back over, and how many sentences back a he/she may reach once the two before hold no one
// (after a quote paragraph, the sentences just before are all inside the quote).
const LOOK_BACK = 80;
const PERSON_REACH = 10;
const PROTAGONIST_REACH = 6;
// how many sentences back an epithet ("the Dane") looks for the person it refers back to (past a quote paragraph)
const SOLE_REACH = 6;

/** A lone word no first-name list knows, with no gender or role ("Marlow", "Lumera"): as often a club or a firm. */
const bareWord = (d: Draft): boolean =>
  d.words.length === 1 && d.gender === null && d.roles.length === 0 && firstNameGender(d.words[0]!) === undefined;

export class Salience {
  private readonly seen: Seen[] = [];
  private readonly cueStarts = new Set<number>();
  private readonly cueEnds = new Set<number>();
  private readonly cueEndOf = new Map<number, number>();
  private lastEnd = 0;

  constructor(private readonly text: string, cues: Cue[], private readonly reg: Registry, private readonly ctx: Context) {
    for (const c of cues) {
      this.cueStarts.add(c.start);
      this.cueEnds.add(c.end);
      this.cueEndOf.set(c.start, c.end);
    }
  }

  /**
   * Whether `m` is the subject of a speech verb: right before the cue, blanks only between ("Roe said"), or right after
   * it ("said Roe"); not "Roe, calling him", not a relative pronoun (a clause inside the sentence). And whether it
   * speaks through it: before it, or after it with no verb of its own next ("said Roe.", not "said Roe was right").
   */
  private subjectOfCue(m: Mention): { subject: boolean; spoke: boolean } {
    if (m.kind === 'pronoun' && PRONOUNS.get(pronounKey(m.text))?.relative) return { subject: false, spoke: false };
    let k = m.end;
    while (k < m.end + 3 && (this.text[k] === ' ' || this.text[k] === '\u00a0')) k++;
    const before = k > m.end && this.cueStarts.has(k);
    k = m.start;
    while (k > m.start - 3 && (this.text[k - 1] === ' ' || this.text[k - 1] === '\u00a0')) k--;
    const after = k < m.start && this.cueEnds.has(k);
    const subject = before || after;
    return { subject, spoke: subject && (!after || /^\s*(?:$|[,.;:!?—–)])/.test(this.text.slice(m.end, m.end + 4))) };
  }

  /**
   * A cue right after the pronoun at `at` that ends the sentence or a clause ("..., she said.", "..., she said,
   * adding"): the words before the comma are its content. Not "As for Roe, he said he ..." (a fronted topic).
   */
  private closingCueAfter(at: number): boolean {
    let k = at;
    while (k < at + 12 && /\p{L}/u.test(this.text[k] ?? '')) k++;
    const end = k;
    while (k < end + 3 && (this.text[k] === ' ' || this.text[k] === '\u00a0')) k++;
    const cueEnd = k > end ? this.cueEndOf.get(k) : undefined;
    return cueEnd !== undefined && /^\s*(?:[.!?;]|,\s+\p{Ll})/u.test(this.text.slice(cueEnd, cueEnd + 12));
  }

  remember(m: Mention): void {
    if (m.entity === null) return;
    this.rememberAt(m.entity, m);
  }

  /** An entity no single mention names, at a mention's place ("Roe and Doe", a pair "they" can point to). */
  rememberAt(entity: number, m: Mention): void {
    // "in Norland and Ostria": a mention joined to a prepositional object is one too
    const last = this.seen[this.seen.length - 1];
    const oblique = PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, m.start - 16), m.start))
      || (last !== undefined && last.oblique && m.start - this.lastEnd < 8 && JOINED.test(this.text.slice(this.lastEnd, m.start)));
    this.lastEnd = m.end;
    this.seen.push({ entity, sentence: this.ctx.sentenceOf(m.start), quoted: this.ctx.inQuote(m.start), ...this.subjectOfCue(m), oblique });
  }

  private compatible(e: number, gender: Gender, loose = false): boolean {
    const d = this.reg.drafts[e]!;
    // loose: a gender only guessed from a first-name list ("Rowan", "Kim", "Sasha" are given to both) is a
    // preference, not a veto; one a title or role stated ("Mr.", "Congresswoman") still is
    if (loose) return (gender === 'male' || gender === 'female') && d.kind === 'person' && !((d.statedGender || d.pronounGender) && d.gender !== gender);
    if (gender === 'male' || gender === 'female') return d.kind === 'person' && (d.gender === null || d.gender === gender);
    if (gender === 'neuter') return d.kind === 'organization';
    if (gender === 'plural') return d.kind === 'group';
    return false;
  }

  /**
   * he/she: in this sentence, then the one before, then two back (how compromise and Citron resolve): the subject of a
   * speech verb before the first named, and someone known to have that gender before someone unknown. Then, and for
   * it/they, the nearest fitting entity a little further back. Nothing inside a quote for a pronoun outside it.
   */
  antecedent(at: number, gender: Gender): number | null {
    return this.search(at, gender, false);
  }

  /** No one of that gender in reach of a subject he/she: the last speaker, whose listed first name only suggested another. */
  looseAntecedent(at: number, gender: Gender): number | null {
    return gender === 'male' || gender === 'female' ? this.search(at, gender, true) : null;
  }

  private search(at: number, gender: Gender, loose: boolean): number | null {
    const seen = this.seen;
    const sentence = this.ctx.sentenceOf(at);
    const quoted = this.ctx.inQuote(at);
    const floor = Math.max(0, seen.length - LOOK_BACK);
    // loosely, only the subject of a speech verb: the last speaker, whom a he/she most likely continues
    const usable = (x: Seen): boolean => (quoted || !x.quoted) && (!loose || x.subject) && this.compatible(x.entity, gender, loose);
    // "People should see a doctor first, she said": the subject of a cue after its content is no one named in
    // that content, so the search starts a sentence back
    const personal = gender === 'male' || gender === 'female';
    const inverted = personal && /[,―—–]\s*$/.test(this.text.slice(Math.max(0, at - 3), at)) && this.closingCueAfter(at);
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
          const known = this.reg.drafts[x.entity]!.gender === gender;
          first = x;
          if (x.subject) subject = x;
          if (known) knownFirst = x;
          if (known && x.subject) knownSubject = x;
        }
        const pick = knownSubject ?? subject ?? knownFirst ?? first;
        if (pick) return pick.entity;
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
    for (let k = seen.length - 1; k >= floor; k--) {
      const x = seen[k]!;
      if (x.sentence < sentence - reach) break;
      if (actor !== undefined && x.sentence !== actor.sentence) break;
      if (!usable(x) || (inverted && x.sentence === sentence)) continue;
      if (personal) return x.entity;
      // "the club said in a statement. It added ...": the document a body spoke through is not what "it" means
      if (x.oblique && isDocumentHead(this.reg.drafts[x.entity]!.words.at(-1))) continue;
      nearest ??= x;
      if (x.oblique && this.reg.drafts[x.entity]!.country) continue;
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
        if ((quoted || !x.quoted) && this.reg.drafts[x.entity]!.kind === 'organization' && !this.reg.drafts[x.entity]!.country) return x.entity;
      }
    }
    return null;
  }

  /**
   * The person the passage is about: of the persons mentioned in the last few sentences (outside quotes), the one
   * mentioned most, if at least three times. For "the nominee" when no one was given that title.
   */
  protagonist(at: number, gender: Gender, wanted: readonly string[]): number | null {
    const sentence = this.ctx.sentenceOf(at);
    const floor = Math.max(0, this.seen.length - LOOK_BACK);
    const counts = new Map<number, number>();
    let best: number | null = null;
    let bestCount = 2;
    for (let k = this.seen.length - 1; k >= floor; k--) {
      const x = this.seen[k]!;
      if (x.sentence < sentence - PROTAGONIST_REACH) break;
      const d = this.reg.drafts[x.entity]!;
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
  solePerson(at: number): number | null {
    const sentence = this.ctx.sentenceOf(at);
    const quoted = this.ctx.inQuote(at);
    const named = new Set<number>();
    const bare = new Set<number>();
    const speakers = new Set<number>();
    let anchor = -1;
    for (let k = this.seen.length - 1; k >= Math.max(0, this.seen.length - LOOK_BACK); k--) {
      const x = this.seen[k]!;
      if (x.sentence < (anchor < 0 ? sentence - SOLE_REACH : anchor - 1)) break;
      const d = this.reg.drafts[x.entity]!;
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

  /** The subject of a cue in this sentence or the two before that is a lone word no first-name list knows, with no
   *  gender or role ("Lumera said"): a firm's name read as a surname. Null when there is none. */
  bareName(at: number): number | null {
    const sentence = this.ctx.sentenceOf(at);
    for (let k = this.seen.length - 1; k >= Math.max(0, this.seen.length - LOOK_BACK); k--) {
      const x = this.seen[k]!;
      if (x.sentence < sentence - 2) break;
      const d = this.reg.drafts[x.entity]!;
      if (x.spoke && d.kind === 'person' && bareWord(d) && !d.pronounGender) return x.entity;
    }
    return null;
  }

  /**
   * The last entity a description fits: "the minister" a foreign minister, "the Ohio senator" the senator whose
   * titles said "Ohio" (else the last senator), "the company" an organisation named like one (else any plain one).
   */
  fitting(m: Mention): number | null {
    const head = m.head ?? '';
    const floor = Math.max(0, this.seen.length - LOOK_BACK);
    const wanted = contextWords(m.text);
    let fallback: number | null = null;
    let loose: number | null = null;
    for (let k = this.seen.length - 1; k >= floor; k--) {
      const e = this.seen[k]!.entity;
      const d = this.reg.drafts[e]!;
      // a body's description fits bodies only: "the union" is no "union organizer Lev Dunn"
      // ("the regulator" fits the body introduced as "the regulator Aquawatch" too: a head naming bodies and people)
      if (!(m.gender === 'neuter' ? fitsOrganization(d, head) : fitsPersonRole(d, head) || (BODY_OR_PERSON_HEADS.has(head) && fitsOrganization(d, head)))) {
        if (loose === null && looselyFitsOrganization(d, head)) loose = e;
        continue;
      }
      if (wanted.length === 0 || wanted.every((w) => d.context.has(w))) return e;
      // a Utah senator is not an Ohio senator: fall back only to someone whose titles named no place
      if (d.context.size === 0) fallback ??= e;
    }
    return fallback ?? loose;
  }
}
