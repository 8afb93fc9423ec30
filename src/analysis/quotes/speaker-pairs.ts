// Speakers who are two people or a group: a pair joined by "and" in the speaker phrase ("Ana Ruiz and Tom Fenn
// said"), and a distributive pronoun ("Each said") speaking for the one group or pair named just before it.
import type { Resolved } from '../state.js';
import type { Entity, Mention } from '../../types.js';
import { AND_GAP } from '../mentions/words.js';
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
  const ea = a.entity !== null ? s.entities[a.entity] : undefined;
  const eb = b.entity !== null ? s.entities[b.entity] : undefined;
  if (ea?.kind !== 'person' || eb?.kind !== 'person') return undefined;
  const name = `${ea.name} and ${eb.name}`;
  return s.entities.find((x) => x.kind === 'group' && x.name === name);
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
  for (const [a, b] of [[s.mentions[i - 1], m], [m, s.mentions[i + 1]]] as const) {
    if (a === undefined || b === undefined || b.end > hi || !PAIR_GAP.test(s.doc.text.slice(a.end, b.start))) continue;
    // a phrase cut at the "and" ("Ana Ruiz and | Tom Fenn said"): the first name opens its clause, it is no object
    // ("Ana Ruiz met Tom Fenn and Bo Lind said" stays Bo Lind's)
    if (a.start < lo && !(lo >= a.end && CLAUSE_OPEN.test(s.doc.text.slice(Math.max(0, a.start - 8), a.start)))) continue;
    const name = pairOf(s, a, b)?.name ?? bodyPairName(s, a, b);
    if (name === undefined) continue;
    return { speaker: name, speakerKind: 'group', speakerMention: { text: s.doc.text.slice(a.start, b.end), start: a.start, end: b.end }, role: null, speakerRule: `${rule}:pair` };
  }
  return undefined;
}
