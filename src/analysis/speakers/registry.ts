// The entities being built: each with the words of its fullest name, its kind, roles, aliases and gender,
// and where it was last mentioned (recency decides between two people sharing a surname).
import type { Entity, SpeakerKind } from '../../types.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { withoutPossessive } from '../mentions/words.js';

export interface Draft {
  name: string;
  /** Normalised words of the name (lower case, no accents), for matching short forms to full ones. */
  words: string[];
  kind: SpeakerKind;
  roles: string[];
  aliases: Set<string>;
  gender: Gender;
  /** The gender a title or apposition stated ("Mr.", "Congresswoman", "her son"), null when none did: firmer than a first-name guess. */
  statedGender?: Gender;
  /** The gender came from a he/she that resolved to this person, not only from a first-name list. */
  pronounGender?: boolean;
  lastSeen: number;
  /** A country (it speaks as a government, and is no "company" or "group"). */
  country?: boolean;
  /** Capitalised words from its titles and descriptions ("ohio" from "Ohio Sen. Jane Roe"), to tell two senators apart. */
  context: Set<string>;
  /** The kind nouns the text named an organisation by ("agency" of "the aid agency Grainbridge"): "the agency" fits it. */
  kinds?: Set<string>;
  /** The two entities of a pair named with "and" ("the council and residents"), which is a group of its own. */
  members?: readonly number[];
}

// Names repeat through an article and across a corpus: normalise each distinct one once.
const normalized = new Map<string, string[]>();

export function normalizeName(name: string): string[] {
  let words = normalized.get(name);
  if (words === undefined) {
    words = normalizeUncached(name);
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(name, words);
  }
  return words;
}

function normalizeUncached(name: string): string[] {
  return withoutPossessive(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .split(/[\s\u00a0]+/)
    .filter((w) => w.length > 0 && w !== 'the');
}

export class Registry {
  readonly drafts: Draft[] = [];

  add(name: string, kind: SpeakerKind, gender: Gender, at: number): number {
    this.drafts.push({ name, words: normalizeName(name), kind, roles: [], aliases: new Set(), gender, lastSeen: at, context: new Set() });
    return this.drafts.length - 1;
  }

  /** Records a mention of entity `i`: a fuller name becomes canonical, the other forms aliases. */
  see(i: number, name: string | null, at: number): void {
    const d = this.drafts[i]!;
    d.lastSeen = Math.max(d.lastSeen, at);
    if (name === null) return;
    const words = normalizeName(name);
    if (words.length > d.words.length) {
      d.aliases.add(d.name);
      d.name = withoutPossessive(name);
      d.words = words;
    } else if (name !== d.name) d.aliases.add(withoutPossessive(name));
  }

  /** Remembers the capitalised modifiers of a titled mention or description ("Ohio", "Brazilian"). */
  addContext(i: number, words: readonly string[]): void {
    const d = this.drafts[i]!;
    for (const w of words) d.context.add(w);
  }

  /** Adds a role unless a fuller one says it already ("secretary" after "press secretary"); a fuller one replaces it. */
  addRole(i: number, role: string | null): void {
    if (role === null) return;
    const d = this.drafts[i]!;
    const words = role.split(' ');
    const within = (inner: string[], outer: string): boolean => { const o = outer.split(' '); return inner.every((w) => o.includes(w)); };
    if (d.roles.some((r) => within(words, r))) return;
    const k = d.roles.findIndex((r) => within(r.split(' '), role));
    if (k >= 0) d.roles[k] = role;
    else d.roles.push(role);
  }

  /** "Brightwater, the company, said": a name in apposition with an organisation's description is one. */
  makeOrganization(i: number): void {
    const d = this.drafts[i]!;
    if (d.kind === 'person' && d.gender === null) { d.kind = 'organization'; d.gender = 'neuter'; }
  }

  /** A he/she resolved to this person (outside quotes) confirms a gender or gives one; one resolved against a
   *  first-name list's guess (a preference only) changes nothing: the next he/she weighs the same evidence again. */
  genderFromPronoun(i: number, gender: Gender): void {
    const d = this.drafts[i]!;
    if (d.kind !== 'person' || !(gender === 'male' || gender === 'female') || (d.gender !== null && d.gender !== gender)) return;
    d.gender = gender;
    d.pronounGender = true;
  }

  setGender(i: number, gender: Gender): void {
    const d = this.drafts[i]!;
    if (d.gender === null && gender !== null && d.kind === 'person' && (gender === 'male' || gender === 'female')) d.gender = gender;
  }

  toEntities(): Entity[] {
    // two people the names could not tell apart ("Mr. Roe" and "Ms. Roe", a couple) keep one canonical name each:
    // the fullest form only one of them was called by, so their quotes do not merge under "Roe"
    const count = new Map<string, number>();
    for (const d of this.drafts) count.set(d.name, (count.get(d.name) ?? 0) + 1);
    const taken = new Set(this.drafts.map((d) => d.name));
    return this.drafts.map((d) => {
      if ((count.get(d.name) ?? 0) > 1 && d.kind === 'person') {
        const own = [...d.aliases].filter((a) => a.length > d.name.length && !taken.has(a)).sort((a, b) => b.length - a.length)[0];
        if (own !== undefined) {
          d.aliases.add(d.name);
          d.name = own;
          taken.add(own);
        }
      }
      d.aliases.delete(d.name);
      return { name: d.name, kind: d.kind, roles: d.roles, aliases: [...d.aliases], gender: d.gender };
    });
  }
}

/** Capitalised words before a mention's name or head, as stems ("Brazil’s" and "Brazilian" both give "brazi"). */
export function contextWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/[\s\u00a0]+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const stem = withoutPossessive(w.toLowerCase()).replace(/\.$/, '').slice(0, 5);
    if (!['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(stem)) out.push(stem);
  }
  return out;
}

