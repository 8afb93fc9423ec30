// A quote paragraph with no attribution after a paragraph about one person: features and profiles name
// the speaker in the paragraph before and let the quote speak in the first person ("Mayor Ida Strand has
// run the town for 12 years.¶“I love this place. I will not leave it.”"). Taken only when the quote speaks
// in the first person, the paragraph before names one person and no other name (outside quotes), holds
// no quote of its own, and the quote does not name that person (then someone else speaks about them).
import type { Resolved } from '../state.js';
import type { Mention, Span } from '../../types.js';
import { fromMention, mentionsIn, type SpeakerFields } from './speaker.js';
import type { SpeechSpans } from './text-utils.js';

// I, I'm, my, me, we, our, us: the speaker talking about themselves (read in the first 400 characters)
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|[Ww]e|[Oo]ur|us)(?![\p{L}])/u;
const NAMES = new Set<Mention['kind']>(['name', 'title-name', 'organization']);

export function personOfParagraphBefore(s: Resolved, speech: SpeechSpans, para: number, inner: Span): SpeakerFields | null {
  const before = s.paragraphs[para - 1];
  if (before === undefined || !FIRST_PERSON.test(inner.text.slice(0, 400))) return null;
  if (speech.within(before.start, before.end).length > 0 || speech.containing(before.start) !== undefined) return null;
  let person: Mention | undefined;
  for (const m of mentionsIn(s, before.start, before.end)) {
    if (!NAMES.has(m.kind)) continue;
    const e = m.entity !== null ? s.entities[m.entity] : undefined;
    // one named entity, a person; any other name (a second person, a body) leaves it open
    if (e === undefined || e.kind !== 'person' || (person !== undefined && person.entity !== m.entity)) return null;
    person = m;
  }
  if (person === undefined) return null;
  const entity = person.entity;
  if (mentionsIn(s, inner.start, inner.end).some((m) => m.entity === entity)) return null;
  return fromMention(s, person, 'paragraph-before');
}
