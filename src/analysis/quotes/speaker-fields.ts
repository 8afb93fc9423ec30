// What the speaker rules hand on: the speaker fields of a quote, and the mentions they are read from. A naming
// mention gives its entity (or, unresolved, still its name); a pronoun or description without one gives no speaker.
import type { Resolved } from '../state.js';
import type { Mention, Quote, SpeakerKind, Span } from '../../types.js';
import { mentionsIn } from '../speakers/lookup.js';

// the mention lookup is the speakers stage's (speakers/lookup.ts), written once; the quote rules read it from here
export { mentionsIn };

export type SpeakerFields = Pick<Quote, 'speaker' | 'speakerKind' | 'speakerMention' | 'role' | 'speakerRule'>;

export const NO_SPEAKER: SpeakerFields = { speaker: null, speakerKind: 'unknown', speakerMention: null, role: null, speakerRule: null };

const KIND_OF: Partial<Record<Mention['kind'], SpeakerKind>> = { name: 'person', 'title-name': 'person', organization: 'organization', group: 'group' };
export const NOT_A_SPEAKER = /^(?:there|what|this)$/i;

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
