// A headline that gives its source before a colon: "Poll: Lee Leads In Ohio", "Ann Lee: ‘We Will Not
// Raise Taxes’", "Oxfam: Minister Misled Envoy". The label is the source, the rest of the
// headline what it says. Only the first paragraph (the headline) and only a label that names a source:
// a person's name (a known first name, or the surname of someone the article names in full), a titled
// name, a known organisation, a group ("Police:", "Officials:"), evidence ("Poll:", "Study:") or the
// press ("Newspaper:"). Topic labels ("Brexit: What Next", "Climate change: Seas rise") and genre
// labels ("Analysis:", "The Latest:") are no source.
import type { Resolved } from '../state.js';
import type { Cue, Mention } from '../../types.js';
import type { Draft } from './draft.js';
import { mentionsIn, speakerIn } from './speaker.js';
import { wordCount } from './text-utils.js';
import { firstNameGender, isKnownOrganization } from '../mentions/words.js';
import { leadLabels } from '../segment/datelines.js';
import { EVIDENCE_NOUN_WORDS } from '../../lexicon/evidence-nouns.js';
import { HEADLINE_KICKERS, HEADLINE_SOURCE_NOUNS } from '../../lexicon/headline-labels.js';

// up to six words (no comma: "Beyond the ferry, a larger question:" is a headline, not a label), a colon, then
// a headline that starts with a capital or an opening quote
const LABEL = /^([^\s:,;.!?“”"‘’'][^:,;!?“”"\n]{0,60}?):[ \t]+(?=[\p{Lu}“"‘'])/u;
const EVIDENCE = new Set(EVIDENCE_NOUN_WORDS);

function namesSource(s: Resolved, label: string, start: number, end: number): boolean {
  const words = label.split(/\s+/);
  const lower = label.toLowerCase().replace(/^the\s+/, '');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length > 6 || HEADLINE_KICKERS.has(lower)) return false;
  if (words.length === 1 && (EVIDENCE.has(last) || HEADLINE_SOURCE_NOUNS.has(last) || isKnownOrganization(last))) return true;
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && firstNameGender((words[0] ?? '').toLowerCase()) !== undefined) return true;
  return mentionsIn(s, start, end).some((m: Mention) => m.kind === 'title-name' || (m.kind === 'group' && m.end - m.start === end - start)
    || (m.kind === 'name' && words.length === 1 && (s.entities[m.entity ?? -1]?.name ?? '').includes(' ') && s.entities[m.entity ?? -1]?.kind === 'person'));
}

/** The headline's own attribution, or null. */
export function headlineSource(s: Resolved): Draft | null {
  const head = s.paragraphs[0];
  if (head === undefined || leadLabels(s.doc.text, head.start, head.end).length > 0) return null;
  const text = s.doc.text.slice(head.start, Math.min(head.end, head.start + 300));
  const m = LABEL.exec(text);
  if (m === null || m[1] === undefined) return null;
  const label = m[1].trim();
  const labelEnd = head.start + m[1].length;
  const contentStart = head.start + m[0].length;
  if (wordCount(s.doc.text.slice(contentStart, head.end)) < 3 || !namesSource(s, label, head.start, labelEnd)) return null;
  const colon = head.start + m[0].indexOf(':', m[1].length);
  const cue: Cue = { text: ':', start: colon, end: colon + 1, lemma: ':', kind: 'colon' };
  return { start: contentStart, end: head.end, cue, who: speakerIn(s, head.start, labelEnd, 'headline-label'), rule: 'headline-source', sentence: -1 };
}
