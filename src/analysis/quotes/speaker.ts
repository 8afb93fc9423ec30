// Who speaks: the words in the speaker position (found by the rules) matched to SPEAKERS' mentions.
// Within the speaker phrase, a name, title, organisation, group or pronoun is preferred over a
// description ("Jan Novak, a doctor, said" names Jan Novak). Without a mention, the phrase itself is
// kept as the speaker mention and the speaker is flagged unknown, never guessed.
import type { Resolved } from '../state.js';
import type { Mention, Quote, SpeakerKind, Span } from '../../types.js';
import { trim } from './text-utils.js';

export type SpeakerFields = Pick<Quote, 'speaker' | 'speakerKind' | 'speakerMention' | 'role' | 'speakerRule'>;

export const NO_SPEAKER: SpeakerFields = { speaker: null, speakerKind: 'unknown', speakerMention: null, role: null, speakerRule: null };

const KIND_OF: Partial<Record<Mention['kind'], SpeakerKind>> = { name: 'person', 'title-name': 'person', organization: 'organization', group: 'group' };
export const PREPOSITION_BEFORE = /\b(?:of|with|for|at|from|in|on|to|by|about|than|under|against|over|after|before|during|like|including|among|toward|towards)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;
const NOT_A_SPEAKER = /^(?:you|there|what|this)$/i;

function firstMentionIndex(mentions: Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** The speaker named in [start, end) (a phrase the rules put in the speaker position). */
export function speakerIn(s: Resolved, start: number, end: number, rule: string): SpeakerFields {
  const text = s.doc.text;
  const t = trim(text, start, end, /[\s,;:()—–-]/);
  if (t.end <= t.start) return NO_SPEAKER;
  const found = mentionsIn(s, t.start, t.end);
  // the first naming mention ("Jan Novak, a doctor"), but not one after a preposition, which is not
  // the subject ("the official with the port authority said" names the official)
  const naming = found.filter((m) => m.kind !== 'description' && !PREPOSITION_BEFORE.test(text.slice(Math.max(t.start, m.start - 6), m.start)));
  const best = naming[0] ?? found.find((m) => !PREPOSITION_BEFORE.test(text.slice(Math.max(t.start, m.start - 6), m.start))) ?? found[0];
  if (best !== undefined) {
    if (best.kind === 'pronoun' && NOT_A_SPEAKER.test(best.text)) return NO_SPEAKER;
    return fromMention(s, best, rule);
  }
  const phrase = text.slice(t.start, t.end);
  // a phrase that starts like an adverb or an infinitive is not a subject ("instead argued", "to respond")
  if (NOT_A_SPEAKER.test(phrase) || /^(?:to|instead|apparently|having|also|just|then|now|only|even|still|not)\b/i.test(phrase)) return NO_SPEAKER;
  return { speaker: null, speakerKind: 'unknown', speakerMention: { text: phrase, start: t.start, end: t.end }, role: null, speakerRule: `${rule}:phrase` };
}
