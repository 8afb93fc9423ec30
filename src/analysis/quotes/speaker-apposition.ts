// "Sen. Ada Brill, D-Ore., said", "Senate Leader Joan Vey, a Tulsa Republican, said": when the phrase the rules put
// before the cue is only an apposition set off by commas after a person's (or a body's) name (a party-state tag, or an indefinite
// noun phrase), that name is the subject and speaks; the apposition describes it.
import type { Resolved } from '../state.js';
import type { Mention } from '../../types.js';
import { mentionsIn } from './speaker-fields.js';
import { PARTY_LETTERS } from '../../lexicon/places.js';

// a lawmaker's party-state tag ("D-Ore.", "R-Ohio", "I-N.Y."; its party letters in lexicon/places.ts), or a noun
// phrase opened by "a"/"an"
const APPOSITION = new RegExp(String.raw`^(?:[${[...PARTY_LETTERS].join('').toUpperCase()}]-\p{Lu}[\p{L}.]{0,8}|an?\s+\S.{0,60})$`, 'u');
// the phrase's own comma before the cue, and the comma between the name and the phrase
const CLOSING_COMMA = /^\s*,/;
const OPENING_COMMA = /^\s*,\s*$/;
const DEFINITE = /^the\s/i;
// the names an apposition may describe: a person's, and a body's ("Tarn Watch, a charity run by fishermen, said")
const APPOSED_KINDS: ReadonlySet<string> = new Set(['name', 'title-name', 'organization']);

/** The person's name the phrase [start, end) stands in apposition to, or undefined when it is no such apposition. */
export function appositionOwner(s: Resolved, start: number, end: number): Mention | undefined {
  const text = s.doc.text;
  if (!CLOSING_COMMA.test(text.slice(end, end + 3))) return undefined;
  const before = mentionsIn(s, Math.max(0, start - 80), start).pop();
  if (before === undefined || !APPOSED_KINDS.has(before.kind) || !OPENING_COMMA.test(text.slice(before.end, start))) return undefined;
  // a description there that the resolver gave to someone else is no apposition of the name; one resolved to the name
  // ("Ilse Marwick, a friend of X, said") only describes it, and the name, not a noun inside it, is the subject
  const first = mentionsIn(s, start, end)[0];
  const described = first?.kind === 'description' && first.start === start && first.entity !== null && first.entity === before.entity;
  // a definite one too, when the resolver read it as the name's ("Ivo Lund, the head of the union Tarvik, said"; not
  // "In a letter to Ivo Lund, the head of the union said", whose description is someone else)
  if (!APPOSITION.test(text.slice(start, end))) return described && DEFINITE.test(first.text) ? before : undefined;
  return first?.kind === 'description' && first.entity !== before.entity ? undefined : before;
}

// a list of two or more names, each capitalised, the last after "and" ("Unite and Velm Workers", "Ada Ek, Bo Lind and
// Ivo Sarn", "the Marrens and the Oduyas")
const LISTED = String.raw`(?:the\s+)?\p{Lu}[^,;:]*(?:,\s*(?:the\s+)?\p{Lu}[^,;:]*)*,?\s+(?:and|&)\s+(?:the\s+)?\p{Lu}[^,;:]*`;
// ... or some of the members, one name or a list, after "including" ("Residents, including Ada Kim and Tom Fenn, said",
// "Several firms, among them Tallo, said")
const ONE_NAME = String.raw`(?:the\s+)?\p{Lu}[^,;:]*`;
const NAME_LIST = new RegExp(String.raw`^(?:${LISTED}|(?:including|among\s+them|such\s+as)\s+(?:${LISTED}|${ONE_NAME}))$`, 'u');
// how far back from the phrase a group may stand before its list of names
const MAX_LIST = 160;
// the article or number a group's plural opens with, and a preposition right before it (the group is then an object:
// "in a letter to the unions, Unite and Velm Workers, said" is not the unions speaking)
const PREPOSITION_JUST_BEFORE = /\b(?:to|from|with|by|for|of|on|at|against|about|between|among|than)\s+$/i;

/**
 * "“Enough,” the two unions, Unite and Velm Workers, said": when the phrase before the cue is only a list of names
 * set off by commas after a group ("the two unions", "Three rivals"), the list names the group's members and the
 * group is the subject that speaks, as a name is before its own apposition.
 */
export function groupBeforeList(s: Resolved, start: number, end: number): Mention | undefined {
  const text = s.doc.text;
  if (!CLOSING_COMMA.test(text.slice(end, end + 3))) return undefined;
  // (the phrase may be the list's last name alone, the rules having cut it at the list's comma or "and": "Four unions,
  // the Dock Guild, the Porters League and Velm Workers, said"; the group is then the last one before it whose commas
  // open a list that runs to the phrase's end)
  const opening = (m: Mention): number => {
    const comma = /^\s*,\s*/.exec(text.slice(m.end, start + 1));
    return comma === null ? -1 : m.end + comma[0].length;
  };
  const before = mentionsIn(s, Math.max(0, start - MAX_LIST), start).reverse()
    .find((m) => m.kind === 'group' && opening(m) >= 0 && opening(m) <= start && NAME_LIST.test(text.slice(opening(m), end)));
  if (before === undefined) return undefined;
  return PREPOSITION_JUST_BEFORE.test(text.slice(Math.max(0, before.start - 12), before.start)) ? undefined : before;
}
