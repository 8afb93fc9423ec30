// Who speaks: the words in the speaker position (found by the rules) matched to SPEAKERS' mentions.
// Within the speaker phrase, a name, title, organisation, group or pronoun is preferred over a
// description ("Jan Novak, a doctor, said" names Jan Novak). Without a mention, a noun phrase there is
// kept as the speaker mention and the speaker is flagged unknown, never guessed; other words name nobody.
import type { Resolved } from '../state.js';
import type { Cue, Mention, Quote, SpeakerKind, Span } from '../../types.js';
import { trim } from './text-utils.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { EXPERIENCER_PARTICIPLES, PASSIVE_AUXILIARIES, RAISING_VERBS } from '../../lexicon/non-speaker-subjects.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';

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

export type Voice = 'active' | 'passive' | 'raising';

// the shapes of a past participle, regular and irregular ("asked", "shown", "told", "said", "thought", "found")
const PARTICIPLE = /(?:ed|en|wn|ld|id|ght|nd|ard)$/;
// words that may stand between "be" and the participle ("is not thought", "was once asked")
const BETWEEN = /^(?:not|never|also|once|still|often|long|widely|generally|largely|now|then|already|even|being|\p{L}+ly)$/u;
// a participle alone after these is a passive clause with its subject left out ("when asked", "if pressed")
const REDUCED_LEAD = /\b(?:when|if|once|unless|as|until|though|although)\s+$/i;

const wordsOf = (s: string): string[] => s.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? [];

/**
 * Whether the subject before a cue holds its content (active), or is only what the content is about:
 * "X is expected to win", "X was asked how" (passive), "X seems to be losing" (raising). A raising verb
 * before a cue verb passes the subject on ("the emails seem to show that").
 */
export function cueVoice(text: string, lo: number, cue: { start: number; end: number }): Voice {
  const cueWords = wordsOf(text.slice(cue.start, cue.end));
  const last = cueWords[cueWords.length - 1] ?? '';
  const raising = cueWords.findIndex((w) => RAISING_VERBS.has(w));
  // "seems to suggest" as one cue: the verb after the raising one is the cue, and the subject its speaker
  const inner = cueWords.slice(raising + 1).filter((w) => w !== 'to');
  if (raising >= 0 && inner.length > 0 && !/^(?:be|have|been)$/.test(inner[0] ?? '')) return 'active';
  if (raising >= 0) {
    // "he appeared at a hearing", "she appeared on TV": showing up, not raising
    if (/^\s+(?:at|on|in|before|with|alongside|during|onstage|together)\b/i.test(text.slice(cue.end, cue.end + 12))) return 'active';
    const next = /^\s+to\s+([\p{L}]+)/u.exec(text.slice(cue.end, cue.end + 30))?.[1]?.toLowerCase();
    return next !== undefined && next !== 'be' && next !== 'have' && SPEECH_FORMS.has(next) ? 'active' : 'raising';
  }
  if (EXPERIENCER_PARTICIPLES.has(last) || !PARTICIPLE.test(last)) return 'active';
  const before = wordsOf(text.slice(Math.max(lo, cue.start - 40), cue.start));
  const all = [...before, ...cueWords.slice(0, -1)];
  for (let k = all.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const w = all[k] as string;
    if (PASSIVE_AUXILIARIES.has(w)) return 'passive';
    if (!BETWEEN.test(w)) break;
  }
  if (cueWords.length === 1 && REDUCED_LEAD.test(text.slice(Math.max(lo, cue.start - 12), cue.start))) return 'passive';
  return 'active';
}

// words between a subject and its cue that keep the cue the subject's own verb ("has also", "may")
const AUX_GAP = /^(?:has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|not|n't|never|also|once|still|often|now|then|already|even|just|\p{L}+ly)$/u;

/** The cue right after a subject phrase ending at `end`, with at most auxiliaries and adverbs between. */
function cueAfter(s: Resolved, end: number): Cue | undefined {
  let lo = 0;
  let hi = s.cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.cues[mid]?.start ?? 0) < end) lo = mid + 1;
    else hi = mid;
  }
  const cue = s.cues[lo];
  if (cue === undefined || cue.kind !== 'verb' || cue.start - end > 40) return undefined;
  const gap = s.doc.text.slice(end, cue.start);
  return /^[\s\p{L}’']*$/u.test(gap) && wordsOf(gap).every((w) => AUX_GAP.test(w)) ? cue : undefined;
}

/** The agent of a passive cue ("was echoed by Ann Lee"): the first mention right after "by". */
export function agentAfter(s: Resolved, cueEnd: number, limit: number): SpeakerFields | null {
  const by = /^\s*,?\s*by\s+/i.exec(s.doc.text.slice(cueEnd, cueEnd + 8));
  if (by === null) return null;
  const from = cueEnd + by[0].length;
  const m = mentionsIn(s, from, Math.min(limit, from + 80))[0];
  return m !== undefined && m.start - from <= 4 ? fromMention(s, m, 'passive-agent') : null;
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
  // the subject of a passive or raising cue is not its speaker ("China appears to ...", "He is not thought to ...")
  const cue = cueAfter(s, t.end);
  if (cue !== undefined && cueVoice(text, t.start, cue) !== 'active') return agentAfter(s, cue.end, cue.end + 200) ?? NO_SPEAKER;
  const found = mentionsIn(s, t.start, t.end);
  // the first naming mention ("Jan Novak, a doctor"), but not one after a preposition, which is not
  // the subject ("the official with the port authority said" names the official)
  const naming = found.filter((m) => m.kind !== 'description' && !PREPOSITION_BEFORE.test(text.slice(Math.max(t.start, m.start - 6), m.start)));
  const best = naming[0] ?? found.find((m) => !PREPOSITION_BEFORE.test(text.slice(Math.max(t.start, m.start - 6), m.start))) ?? found[0];
  if (best !== undefined) {
    if (best.kind === 'pronoun' && NOT_A_SPEAKER.test(best.text)) return NO_SPEAKER;
    return fromMention(s, best, rule);
  }
  // a noun phrase the mention stage did not list still names someone ("A federal appeals court", "Exit
  // polls"); words that are no noun phrase ("has been live", "discussing a controversial") name nobody
  const np = nounPhrase(text, t.start, t.end);
  if (np === null || NOT_A_SPEAKER.test(text.slice(np.start, np.end))) return NO_SPEAKER;
  return { speaker: null, speakerKind: 'unknown', speakerMention: { text: text.slice(np.start, np.end), start: np.start, end: np.end }, role: null, speakerRule: `${rule}:phrase` };
}
