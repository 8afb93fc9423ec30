// Speakers who are two people or a group: a pair joined by "and" in the speaker phrase ("Ana Ruiz and Tom Fenn
// said"), and a distributive pronoun ("Each said") speaking for the one group or pair named just before it.
import type { Resolved } from '../state.js';
import type { Entity, Mention } from '../../types.js';
import { AND_GAP, LIST_COMMA } from '../mentions/words.js';
import { listName, MAX_LISTED } from '../speakers/list-name.js';
import { fromMention, mentionsIn, type SpeakerFields } from './speaker-fields.js';
import { firstEndingAfter } from '../speakers/lookup.js';
import { bodyPairName } from './speaker-body-pairs.js';

export const DISTRIBUTIVE = /^(?:each|both|all)(?:\s+of\s+them)?$/i;
// how far back a distributive pronoun looks for its group: the sentence before, roughly
const GROUP_REACH = 300;

/**
 * The one group, or pair of people ("Ann Roe and Bo Lind", a group SPEAKERS made), named in the GROUP_REACH
 * characters before `at`; none when there are two ("officials met envoys. Each said": each side), never a guess.
 */
export function lastGroupBefore(s: Resolved, at: number): SpeakerFields | undefined {
  const before = mentionsIn(s, Math.max(0, at - GROUP_REACH), at);
  let found: SpeakerFields | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    const e = m.entity !== null ? s.entities[m.entity] : undefined;
    let group: SpeakerFields | undefined;
    if (e?.kind === 'group') group = fromMention(s, m, 'distributive');
    const p = before[i - 1];
    const pair = p !== undefined && AND_GAP.test(s.doc.text.slice(p.end, m.start)) ? pairOf(s, p, m) : undefined;
    if (pair !== undefined) group = { speaker: pair.name, speakerKind: 'group', speakerMention: null, role: null, speakerRule: 'distributive' };
    if (group === undefined || group.speaker === found?.speaker) continue;
    if (found !== undefined) return undefined;
    found = group;
  }
  return found;
}

/** The group SPEAKERS made of two people joined by "and" ("Ana Ruiz and Tom Fenn"), when mentions a and b name them. */
function pairOf(s: Resolved, a: Mention, b: Mention): Entity | undefined {
  return listOf(s, [a], b)?.group;
}

// what closes a clause right after the last of a list
const LIST_END = /^(?:[.,;:!?]|$)/;
const personAt = (s: Resolved, m: Mention | undefined): Entity | undefined =>
  m !== undefined && m.kind !== 'pronoun' && m.entity !== null && s.entities[m.entity]?.kind === 'person' ? s.entities[m.entity] : undefined;
/** A person's name (a list is of names, as speakers/coreference.ts reads it; "Ada Kim, the mayor, and ..." is none). */
const namedPerson = (s: Resolved, m: Mention | undefined): boolean => (m?.kind === 'name' || m?.kind === 'title-name') && personAt(s, m) !== undefined;

/** The group SPEAKERS made of the people listed by commas before the pair a, b ("Ada Kim, Tom Fenn and Lia Ortz",
 *  speakers/coreference.ts), or of the pair alone; with the mention that opens it. `a` holds the pair's first mention
 *  (more before it when read from the mentions: the longest list SPEAKERS named wins). */
function listOf(s: Resolved, a: Mention[], b: Mention): { group: Entity; first: Mention } | undefined {
  const people = [...a, b].map((m) => personAt(s, m));
  if (people.some((e) => e === undefined)) return undefined;
  for (let n = a.length; n >= 1; n--) {
    const name = listName(people.slice(a.length - n).map((e) => e!.name));
    const group = s.entities.find((x) => x.kind === 'group' && x.name === name);
    if (group !== undefined) return { group, first: a[a.length - n]! };
  }
  return undefined;
}

/** The mentions listed by commas before mention index j, and j's ("Ada Kim, Tom Fenn" before "and Lia Ortz"), people only. */
function listedBefore(s: Resolved, j: number): Mention[] {
  const out = [s.mentions[j]!];
  for (let k = j - 1; k >= 0 && out.length < MAX_LISTED && namedPerson(s, s.mentions[k]) && LIST_COMMA.test(s.doc.text.slice(s.mentions[k]!.end, out[0]!.start)); k--) {
    out.unshift(s.mentions[k]!);
  }
  return out;
}

// "and", with the article of a body's name after it ("Ana Ruiz and the Velm Trust")
const PAIR_GAP = /^[\s\u00a0]+(?:and|&)[\s\u00a0]+(?:the[\s\u00a0]+)?$/;

// what may stand before a subject that opens a clause: the text's start, a comma, a stop, a colon, an opening mark, a
// dash; and the "both" of "both ... and" ("Both Ana Ruiz and Tom Fenn said")
const CLAUSE_OPEN = /(?:^|[,;:.!?“”"(—–\n]\s{0,2})(?:[Bb]oth\s+)?$/;

/**
 * "Ana Ruiz and Tom Fenn said": two people joined by "and" in the speaker phrase speak together, as the pair
 * SPEAKERS made a group of (not the one nearest the cue); the mention covers both names.
 */
export function pairSpeaker(s: Resolved, m: Mention, lo: number, hi: number, rule: string): SpeakerFields | undefined {
  const i = firstEndingAfter(s.mentions, m.start);
  // (m may open a list that ends in the pair: "..., said Ada Kim, Tom Fenn and Lia Ortz")
  let last = i;
  while (last - i + 1 < MAX_LISTED && namedPerson(s, s.mentions[last + 1]) && LIST_COMMA.test(s.doc.text.slice(s.mentions[last]!.end, s.mentions[last + 1]!.start))) last++;
  for (const [j, b] of [[i - 1, m], [i, s.mentions[i + 1]], ...(last > i ? [[last, s.mentions[last + 1]] as const] : [])] as const) {
    const a = s.mentions[j];
    // (a list that m opens may run past the phrase the rules read, cut at its first comma, when the clause ends with it)
    const reach = j === last && last > i && b !== undefined && LIST_END.test(s.doc.text.slice(b.end, b.end + 2)) ? b.end : hi;
    if (a === undefined || b === undefined || b.end > reach || !PAIR_GAP.test(s.doc.text.slice(a.end, b.start))) continue;
    // a phrase cut at the "and" ("Ana Ruiz and | Tom Fenn said"): the first name opens its clause, it is no object
    // ("Ana Ruiz met Tom Fenn and Bo Lind said" stays Bo Lind's)
    const opens = (x: Mention): boolean => !(x.start < lo && !(lo >= x.end && CLAUSE_OPEN.test(s.doc.text.slice(Math.max(0, x.start - 8), x.start))));
    // (people listed by commas before the pair speak with it when the list opens the clause: "Ada Kim, Tom Fenn and
    // Lia Ortz said"; else the pair alone)
    const listed = listOf(s, listedBefore(s, j), b);
    const list = listed !== undefined && opens(listed.first) ? listed : listOf(s, [a], b);
    const first = list?.first ?? a;
    if (!opens(first)) continue;
    const name = list?.group.name ?? bodyPairName(s, a, b);
    if (name === undefined) continue;
    return { speaker: name, speakerKind: 'group', speakerMention: { text: s.doc.text.slice(first.start, b.end), start: first.start, end: b.end }, role: null, speakerRule: `${rule}:pair` };
  }
  return undefined;
}
