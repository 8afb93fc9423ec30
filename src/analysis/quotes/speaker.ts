// Who speaks: the words in the speaker position (found by the rules) matched to SPEAKERS' mentions.
// Within the speaker phrase, a name, title, organisation, group or pronoun is preferred over a
// description ("Jan Novak, a doctor, said" names Jan Novak). Without a mention, a noun phrase there is
// kept as the speaker mention and the speaker is flagged unknown, never guessed; other words name nobody.
import type { Resolved } from '../state.js';
import type { Cue, Entity, Mention, Quote, SpeakerKind, Span } from '../../types.js';
import { trim } from './text-utils.js';
import { phraseBefore } from './positions.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { insideEscape } from '../mentions/tokens.js';
import { cueAfter, cueVoice, type Voice } from './speaker-voice.js';
import { firstNotBefore } from '../sorted.js';
import { AND_GAP, isDocumentHead } from '../mentions/words.js';

export type SpeakerFields = Pick<Quote, 'speaker' | 'speakerKind' | 'speakerMention' | 'role' | 'speakerRule'>;

export const NO_SPEAKER: SpeakerFields = { speaker: null, speakerKind: 'unknown', speakerMention: null, role: null, speakerRule: null };

const KIND_OF: Partial<Record<Mention['kind'], SpeakerKind>> = { name: 'person', 'title-name': 'person', organization: 'organization', group: 'group' };
export const PREPOSITION_BEFORE = /\b(?:of|with|for|at|from|in|on|to|by|about|than|under|against|over|after|before|during|like|including|among|toward|towards)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;
const NOT_A_SPEAKER = /^(?:there|what|this)$/i;
// C0 and C1 control characters (tab and line breaks aside)
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

function firstMentionIndex(mentions: Mention[], at: number): number {
  return firstNotBefore(mentions, (x) => x.end <= at);
}

/** Mentions lying within [start, end). */
export function mentionsIn(s: Resolved, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstMentionIndex(s.mentions, start); i < s.mentions.length; i++) {
    const m = s.mentions[i] as Mention;
    if (m.start >= end) break;
    if (m.start >= start && m.end <= end) out.push(m);
  }
  return out;
}

export function fromMention(s: Resolved, m: Mention, rule: string): SpeakerFields {
  const e = m.entity !== null ? s.entities[m.entity] : undefined;
  const mention: Span = { text: m.text, start: m.start, end: m.end };
  if (e !== undefined) {
    return { speaker: e.name, speakerKind: e.kind, speakerMention: mention, role: m.role ?? e.roles[0] ?? null, speakerRule: rule };
  }
  const kind = KIND_OF[m.kind];
  // an unresolved name still names someone; an unresolved pronoun or description does not
  return kind !== undefined
    ? { speaker: m.text, speakerKind: kind, speakerMention: mention, role: m.role, speakerRule: rule }
    : { speaker: null, speakerKind: 'unknown', speakerMention: mention, role: m.role, speakerRule: rule };
}

/** The agent of a passive cue ("was echoed by Ann Lee"): the first mention right after "by". */
export function agentAfter(s: Resolved, cueEnd: number, limit: number): SpeakerFields | null {
  // "was endorsed by X", "was endorsed on Monday by X", "are considered unfair by X": within the clause
  const by = /^\s*,?\s*(?:[^\s,;:.!?“”"()]+\s+){0,6}?by\s+/i.exec(s.doc.text.slice(cueEnd, Math.min(limit, cueEnd + 60)));
  if (by === null) return null;
  const from = cueEnd + by[0].length;
  const m = mentionsIn(s, from, Math.min(limit, from + 80))[0];
  // the agent's mention right after "by", lower-case modifiers aside ("by former rival Ann Lee")
  return m !== undefined && m.start - from <= 24 && /^[\s\p{Ll}-]*$/u.test(s.doc.text.slice(from, m.start)) ? fromMention(s, m, 'passive-agent') : null;
}

const DISTRIBUTIVE = /^(?:each|both|all)(?:\s+of\s+them)?$/i;
// how far back a distributive pronoun looks for its group: the sentence before, roughly
const GROUP_REACH = 300;

/**
 * The one group, or pair of people ("Ann Roe and Bo Lind", a group SPEAKERS made), named in the GROUP_REACH
 * characters before `at`; none when there are two ("officials met envoys. Each said": each side), never a guess.
 */
function lastGroupBefore(s: Resolved, at: number): SpeakerFields | undefined {
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

// what may stand before a subject that opens a clause: the text's start, a comma, a stop, a colon, an opening mark, a dash
const CLAUSE_OPEN = /(?:^|[,;:.!?“”"(—–\n]\s{0,2})$/;

/**
 * "Ana Ruiz and Tom Fenn said": two people joined by "and" in the speaker phrase speak together, as the pair
 * SPEAKERS made a group of (not the one nearest the cue); the mention covers both names.
 */
export function pairSpeaker(s: Resolved, m: Mention, lo: number, hi: number, rule: string): SpeakerFields | undefined {
  const i = firstMentionIndex(s.mentions, m.start);
  for (const [a, b] of [[s.mentions[i - 1], m], [m, s.mentions[i + 1]]] as const) {
    if (a === undefined || b === undefined || b.end > hi || !AND_GAP.test(s.doc.text.slice(a.end, b.start))) continue;
    // a phrase cut at the "and" ("Ana Ruiz and | Tom Fenn said"): the first name opens its clause, it is no object
    // ("Ana Ruiz met Tom Fenn and Bo Lind said" stays Bo Lind's)
    if (a.start < lo && !(lo >= a.end && CLAUSE_OPEN.test(s.doc.text.slice(Math.max(0, a.start - 3), a.start)))) continue;
    const pair = pairOf(s, a, b);
    if (pair === undefined) continue;
    return { speaker: pair.name, speakerKind: 'group', speakerMention: { text: s.doc.text.slice(a.start, b.end), start: a.start, end: b.end }, role: null, speakerRule: `${rule}:pair` };
  }
  return undefined;
}

// "by" or "from" right before an author ("a study by X", "figures from the agency")
const AUTHOR_BEFORE = /\b(?:by|from)\s+(?:the\s+)?$/i;

// a relative pronoun opening an aside right before the phrase ("X, who had met Y, said")
const ASIDE_OPENER = /(?:^|[^\p{L}])(who|which)\s+$/iu;
// a participle opening the phrase ("X, leading in the polls, said"): a clause, not a subject
const PARTICIPLE_OPENER = /^\p{Ll}+ing\b/u;

// "Sen. Ann Roe of Ohio, a Liberal who ...": a place and an apposition between a name and its relative clause
const APPOSITION_GAP = /^(?:\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?\s*,\s*([^,;:()]{1,60}?)\s*$/u;
const PLACE_GAP = /^\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*$/u;

/** Whether [from, to) between a name and what follows is a place ("of Ohio") and/or an apposition (", a Republican"). */
export function appositionBetween(text: string, from: number, to: number): boolean {
  if (to - from > 90) return false;
  if (PLACE_GAP.test(text.slice(from, to))) return true;
  const m = APPOSITION_GAP.exec(text.slice(from, to));
  const np = m?.[1];
  if (np === undefined) return false;
  const at = to - text.slice(from, to).length + (m?.index ?? 0) + (m?.[0].lastIndexOf(np) ?? 0);
  return nounPhrase(text, at, at + np.length) !== null;
}

/**
 * When the words before a cue are an aside ("Ann Lee, who had met Bo Chan on Monday, said", "Ann Lee,
 * leading in the polls, said"), the subject is the mention before the aside, not one inside it. The
 * mention runs to the relative pronoun: annotated corpora mark either as the source. Null: no aside;
 * NO_SPEAKER: an aside with no mention before it.
 */
function asideSubject(s: Resolved, start: number, end: number, rule: string): SpeakerFields | undefined {
  const text = s.doc.text;
  const lead = text.slice(Math.max(0, start - 12), start);
  const direct = ASIDE_OPENER.exec(lead);
  let relStart: number;
  let relWord = '';
  if (direct !== null && mentionsIn(s, start, end)[0]?.start !== start) {
    // "X, who had met Y, said" (but "X, who he says ...": the phrase opens with its own subject)
    relWord = direct[1] as string;
    relStart = start - lead.length + direct.index + direct[0].indexOf(relWord);
  } else if (PARTICIPLE_OPENER.test(text.slice(start, start + 30)) && /,\s*$/.test(lead)) {
    relStart = start;
  } else if (cueAfter(s, end, true) !== undefined) {
    // "X, who has campaigned for Y since he left, said": the phrase ends an aside opened further back
    const back = text.slice(Math.max(0, start - 200), start);
    const c = back.lastIndexOf(',');
    if (c < 0 || /[.!?;:]/.test(back.slice(c))) return undefined;
    // "X, who ...", "X, a Republican who ...", "X, leading in ..."
    const open = /^\s*(?:(?:a|an|the)\s[^,;:]{1,40}?\s)?(who|which)\b|^\s*(\p{Ll}+ing)\b/u.exec(back.slice(c + 1));
    const word = open?.[1] ?? open?.[2];
    if (open === null || word === undefined || /^according$/i.test(word)) return undefined;
    relStart = start - back.length + c + 1 + open[0].lastIndexOf(word);
    if (open[1] !== undefined) {
      relWord = word;
      // the antecedent stands before the comma, the apposition after it
      if (open[0].trim() !== word) relStart = start - back.length + c;
    }
  } else return undefined;
  const participle = relWord === '';
  // the comma that opens the aside: right before the relative pronoun or the participle ("X, leading")
  const head = text.slice(Math.max(0, relStart - 3), relStart);
  const comma = /,\s*$/.test(head) ? relStart - head.length + head.lastIndexOf(',') : relStart;
  const before = mentionsIn(s, Math.max(0, comma - 150), comma).pop();
  if (before === undefined || !(/^\s*$/.test(text.slice(before.end, comma)) || appositionBetween(text, before.end, comma)) || NOT_A_SPEAKER.test(before.text)) return participle ? NO_SPEAKER : undefined;
  const f = fromMention(s, before, `${rule}:aside`);
  const relEnd = relWord === '' ? before.end : text.indexOf(relWord, relStart) + relWord.length;
  const to = participle ? before.end : relEnd;
  return { ...f, speakerMention: { text: text.slice(before.start, to), start: before.start, end: to } };
}

// the start of a name up to an "and" inside it ("Soil and " of "Soil and Seed Administration")
const CUT_AFTER_AND = /\S\s+and\s+$/;
// what opens a second noun phrase of its own after "and" ("... and his promise"), not a second object
const OWN_DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s/i;

/**
 * Where the phrase starts that holds "of X and" right before `at` ("a friend of Tom Fenn and | Bo Lind"): a bare
 * second object cut off from its preposition, when the words before the preposition make a noun phrase (not a
 * clause: "sold at Norby and | Ana Roe's shop"). Null otherwise.
 */
function objectPairStart(s: Resolved, at: number): number | null {
  const text = s.doc.text;
  if (OWN_DETERMINER.test(text.slice(at, at + 8))) return null;
  const p = mentionsIn(s, Math.max(0, at - 80), at).pop();
  if (p === undefined || !AND_GAP.test(text.slice(p.end, at))) return null;
  const prep = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, p.start - 12), p.start));
  if (prep === null) return null;
  const q = p.start - prep[0].length;
  // back to a clause boundary, within the sentence
  const lo = Math.max(0, q - 120);
  const stop = text.slice(lo, q).search(/[.!?]\s[^.!?]*$/);
  const r = phraseBefore(text, stop < 0 ? lo : lo + stop + 2, q);
  if (r === null || r.end > q) return null;
  const t = trim(text, r.start, r.end, /\s/);
  const np = nounPhrase(text, t.start, t.end);
  return np !== null && np.start === t.start && np.end === t.end ? t.start : null;
}

/** The speaker named in [start, end) (a phrase the rules put in the speaker position). */
export function speakerIn(s: Resolved, start: number, end: number, rule: string, known?: { cue: Cue; voice: Voice }): SpeakerFields {
  const text = s.doc.text;
  const t = trim(text, start, end, /[\s,;:()—–-]/);
  if (t.end <= t.start) return NO_SPEAKER;
  // the subject of a passive or raising cue is not its speaker ("Norland appears to ...", "She is not thought to ...")
  // (verbSpeaker passes its cue's voice, worked out already)
  const cue = cueAfter(s, t.end);
  const voice = cue === undefined ? 'active' : known?.cue === cue ? known.voice : cueVoice(text, t.start, cue);
  // a passive's agent speaks ("was endorsed by X"); a raising verb has none ("X seems to have been hurt by Y")
  if (cue !== undefined && voice !== 'active') return (voice === 'passive' ? agentAfter(s, cue.end, cue.end + 200) : null) ?? NO_SPEAKER;
  // "The leaders of Orvania and Kestrel agreed", "Ana Ruiz, a friend of Tom Fenn and Bo Lind, said": a phrase cut at an
  // "and" that joins two objects of a preposition belongs to the phrase before them, whose head speaks
  const widened = objectPairStart(s, t.start);
  if (widened !== null) return speakerIn(s, widened, end, rule, known);
  const aside = asideSubject(s, t.start, t.end, rule);
  if (aside !== undefined) return aside;
  const found = mentionsIn(s, t.start, t.end);
  // a phrase cut at an abbreviation's period ("said Dr. Omar Quist." read as "said Dr"): the name it cuts is whole
  const cut = mentionsIn(s, t.start, t.end + 80).find((m) => m.start < t.end && m.end > t.end);
  if (cut !== undefined && text[t.end] === '.') found.push(cut);
  // a phrase cut at an "and" inside a name ("The Soil and | Seed Administration said"): the name it cuts is whole
  const opened = mentionsIn(s, Math.max(0, t.start - 80), t.end).find((m) => m.start < t.start && m.end > t.start);
  if (opened !== undefined && CUT_AFTER_AND.test(text.slice(opened.start, t.start))) found.unshift(opened);
  // the first naming mention ("Jan Novak, a doctor"), but not one after a preposition, which is not
  // the subject ("the official with the port authority said" names the official)
  // (a window wide enough for "of the " before a name, which holds no article of its own)
  // and a name joined by "and" to such an object is one too ("a friend of Ann Roe and Bo Lind")
  let object: Mention | undefined;
  const free = found.filter((m) => {
    const after = PREPOSITION_BEFORE.test(text.slice(Math.max(t.start, m.start - 12), m.start)) || (object !== undefined && AND_GAP.test(text.slice(object.end, m.start)));
    object = after ? m : undefined;
    return !after;
  });
  let best = free.find((m) => m.kind !== 'description') ?? free[0] ?? found[0];
  // "a review of disclosures by the group Civic Watch", "a report from the agency": the author speaks through it
  if (best !== undefined && best.kind === 'description' && isDocumentHead(best.head)) {
    const author = found.find((m) => m.start > best!.end && m.kind !== 'pronoun' && AUTHOR_BEFORE.test(text.slice(Math.max(t.start, m.start - 12), m.start)));
    if (author !== undefined) best = author;
  }
  if (best !== undefined) {
    if (best.kind === 'pronoun' && NOT_A_SPEAKER.test(best.text)) return NO_SPEAKER;
    // "Ana Ruiz and Tom Fenn, two engineers, said": a plural description in apposition to a pair is the pair
    const before = best.kind === 'group' && best.start === t.start ? mentionsIn(s, Math.max(0, t.start - 80), t.start).pop() : undefined;
    const apposed = before !== undefined && /^\s*,\s*$/.test(text.slice(before.end, t.start)) ? pairSpeaker(s, before, 0, before.end, rule) : undefined;
    return apposed ?? pairSpeaker(s, best, t.start, Math.max(t.end, best.end), rule) ?? fromMention(s, best, rule);
  }
  // a noun phrase the mention stage did not list still names someone ("A district court", "Exit
  // polls"); words that are no noun phrase ("has been open", "debating a disputed") name nobody
  // words inside a terminal escape (an OSC window title) or cut by control characters are no text
  if (CONTROL.test(text.slice(t.start, t.end)) || insideEscape(text, t.start)) return NO_SPEAKER;
  const np = nounPhrase(text, t.start, t.end);
  if (np === null || NOT_A_SPEAKER.test(text.slice(np.start, np.end))) return NO_SPEAKER;
  // "Roe and Doe met. Each said ...": a distributive pronoun speaks for the group named just before it
  if (DISTRIBUTIVE.test(text.slice(np.start, np.end))) {
    const group = lastGroupBefore(s, np.start);
    if (group !== undefined) return { ...group, speakerMention: { text: text.slice(np.start, np.end), start: np.start, end: np.end }, role: null, speakerRule: `${rule}:distributive` };
  }
  return { speaker: null, speakerKind: 'unknown', speakerMention: { text: text.slice(np.start, np.end), start: np.start, end: np.end }, role: null, speakerRule: `${rule}:phrase` };
}
