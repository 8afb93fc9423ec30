// The agent of a passive cue speaks ("was echoed by Ann Lee"): kept apart from speakerIn, which calls it, because the
// subject rules and the verb-cue rules look for the agent themselves.
import type { Resolved } from '../state.js';
import { fromMention, mentionsIn, type SpeakerFields } from './speaker-fields.js';

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
