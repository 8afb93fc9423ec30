// What the reader has in mind at each point of the text: the entities mentioned so far, in order, with their
// sentence, whether they stood inside a quote and whether they were the subject of a speech verb. Pronouns and
// descriptions look back through it (antecedent.ts, look-back.ts); the look-back is bounded so the pass stays linear.
import type { Cue, Mention } from '../../types.js';
import type { Gender } from '../../lexicon/pronouns.js';
import type { Context } from './context.js';
import type { Registry } from './registry.js';
import { CuePositions } from './cue-positions.js';
import { findAntecedent } from './antecedent.js';
import { bareName, fitting, protagonist, solePerson } from './look-back.js';
import type { Memory, Seen, Unnamed } from './seen.js';
import { PROTAGONIST_HEADS, RELATIONAL_ROLES, STANDING_HEADS } from '../../lexicon/reference-heads.js';
import { isEpithet } from './epithets.js';
import { PREPOSITION_OBJECT_BEFORE } from './preposition-object.js';

// a mention joined to the one before by "and"/"or", not a bare comma ("In Norland, the ministry" has its subject after the comma)
const JOINED = /^,?[\s\u00a0]+(?:and|or)[\s\u00a0]+$/;
const INDEFINITE = /^(?:a|an|another)[\s\u00a0]/i;

export class Salience {
  private readonly seen: Seen[] = [];
  private readonly unnamed: Unnamed[] = [];
  private readonly mem: Memory;
  private lastEnd = 0;

  constructor(private readonly text: string, cues: Cue[], reg: Registry, private readonly ctx: Context) {
    this.mem = { seen: this.seen, unnamed: this.unnamed, text, reg, ctx, cues: new CuePositions(text, cues) };
  }

  remember(m: Mention): void {
    if (m.entity === null) return;
    this.rememberAt(m.entity, m);
  }

  /** A person's description the resolver tied to no one: kept when it is a cue's subject outside quotes ("The minister
   *  denied it."), so that a he/she after it does not reach past it to someone named earlier (antecedent.ts). */
  // (only "the" and an office: not "her daughter", a relation, nor "the candidate", which may be the protagonist the
  // look-back missed, nor an epithet that refers back to someone named, "the former striker", "the veteran")
  rememberUnnamed(m: Mention): void {
    if (m.entity !== null || m.kind !== 'description' || m.gender === 'neuter' || m.gender === 'plural' || this.ctx.inQuote(m.start)) return;
    const head = m.head ?? '';
    if (!/^the\s/i.test(m.text) || RELATIONAL_ROLES.has(head) || PROTAGONIST_HEADS.has(head)) return;
    if (isEpithet(m) || STANDING_HEADS.has(head)) return;
    if (this.mem.cues.subjectOfCue(m).subject) this.unnamed.push({ sentence: this.ctx.sentenceOf(m.start), gender: m.gender, head });
  }

  /** An entity at a mention's place: the mention's own (remember), or a pair no single mention names (rememberPair). */
  private rememberAt(entity: number, m: Mention): void {
    // "in Norland and Ostria": a mention joined to a prepositional object is one too
    const last = this.seen[this.seen.length - 1];
    const oblique = PREPOSITION_OBJECT_BEFORE.test(this.text.slice(Math.max(0, m.start - 16), m.start))
      || (last !== undefined && last.oblique && m.start - this.lastEnd < 8 && JOINED.test(this.text.slice(this.lastEnd, m.start)));
    this.lastEnd = m.end;
    const sentence = this.ctx.sentenceOf(m.start);
    const role = this.mem.cues.subjectOfCue(m);
    const reported = !role.subject && this.mem.cues.cueEndedIn(this.ctx.sentenceStart(sentence), m.start);
    const indefinite = m.kind === 'description' && INDEFINITE.test(m.text);
    this.seen.push({ entity, sentence, quoted: this.ctx.inQuote(m.start), ...role, oblique, reported, indefinite });
  }

  /** A pair ("Roe and Doe", "the union and the employers") kept where its first member stands, so that a "they" in the
   *  next sentence, which takes that sentence's first party, takes the pair, not the first member when it is a group. */
  rememberPair(entity: number, first: Mention, m: Mention): void {
    this.rememberAt(entity, m);
    const at = this.seen.findLastIndex((x) => x.entity === first.entity);
    if (at >= 0) this.seen.splice(at, 0, this.seen.pop()!);
  }

  /** The entity a he/she/it/they at `at` points back to (antecedent.ts). */
  antecedent(at: number, gender: Gender): number | null {
    return findAntecedent(this.mem, at, gender, false);
  }

  /** No one of that gender in reach of a subject he/she: the last speaker, whose listed first name only suggested another. */
  looseAntecedent(at: number, gender: Gender): number | null {
    return gender === 'male' || gender === 'female' ? findAntecedent(this.mem, at, gender, true) : null;
  }

  /** The person the passage is about, for "the nominee" when no one was given that title (look-back.ts). */
  protagonist(at: number, gender: Gender, wanted: readonly string[]): number | null {
    return protagonist(this.mem, at, gender, wanted);
  }

  /** The one person named in reach of `at`, for an epithet ("the Dane"); null when two could be meant. */
  solePerson(at: number): number | null {
    return solePerson(this.mem, at);
  }

  /** The subject of a recent cue that is a lone unknown word ("Lumera said"): a firm's name read as a surname. */
  bareName(at: number, back = 2): number | null {
    return bareName(this.mem, at, back);
  }

  /** The last entity a description ("the minister", "the company") fits. */
  fitting(m: Mention): number | null {
    return fitting(this.mem, m);
  }
}
