// Who a transcript's label names when the mentions stage read no one in it: "HARROWGATE:" or "LUNN:"
// in capitals, after an intro that names "Mayor Ada Lunn and host Ben Harrowgate". A surname label is
// the person the document names in full with that last name; any other label in capitals that opens
// two turns or more is still a speaker (named by the label alone), unless it is page furniture
// ("UPDATE:", "WATCH:", lexicon/headline-labels.ts).
import type { Resolved } from '../state.js';
import type { Span } from '../../types.js';
import type { SpeakerFields } from './speaker.js';
import { HEADLINE_KICKERS } from '../../lexicon/headline-labels.js';

/** Of the keys of labels in capitals ("HARROWGATE"), those that open two turns or more and are no page label. */
export function recurringCapitalLabels(capitalKeys: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const key of capitalKeys) {
    if (key.length >= 2 && !HEADLINE_KICKERS.has(key.toLowerCase())) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}

/**
 * Each person the document names in full, by last name and by role in capitals ("LUNN" -> Ada Lunn,
 * "HOST" -> the "host Ben Harrowgate" of the intro); a surname or role two people share is left out.
 */
export function peopleBySurname(s: Resolved): Map<string, number> {
  const out = new Map<string, number>();
  const shared = new Set<string>();
  const add = (key: string, i: number): void => {
    if (out.has(key) && out.get(key) !== i) shared.add(key);
    else out.set(key, i);
  };
  s.entities.forEach((e, i) => {
    if (e.kind !== 'person' || !e.name.includes(' ')) return;
    add(e.name.slice(e.name.lastIndexOf(' ') + 1).toUpperCase(), i);
    for (const role of e.roles) if (!role.includes(' ')) add(role.toUpperCase(), i);
  });
  for (const last of shared) out.delete(last);
  return out;
}

/** The speaker of a label: the person of that surname, else the label itself (a speaker named by it alone). */
export function labelSpeaker(s: Resolved, label: Span, entity: number | undefined): SpeakerFields {
  const e = entity !== undefined ? s.entities[entity] : undefined;
  return e !== undefined
    ? { speaker: e.name, speakerKind: 'person', speakerMention: label, role: e.roles[0] ?? null, speakerRule: 'transcript-label' }
    : { speaker: null, speakerKind: 'unknown', speakerMention: label, role: null, speakerRule: 'transcript-label' };
}
