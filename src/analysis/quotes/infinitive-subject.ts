// The speaker of an infinitive cue with its own subject right before "to": "enough for Osk to claim vindication",
// "prompted Ana Lind to castigate the referee" (cues/verb-chains.ts). That subject, not the sentence's, would say it.
import type { Cue } from '../../types.js';
import type { Ctx } from './cue-context.js';
import { fromMention, mentionsIn, type SpeakerFields } from './speaker-fields.js';
import { SUBJECT_LEAD } from '../cues/verb-chains.js';

/** The mention right before an infinitive cue ("to claim") after "enough for", "reason for" or a verb of causing, as its speaker; else null. */
export function infinitiveSubject(ctx: Ctx, cue: Cue): SpeakerFields | null {
  const text = ctx.s.doc.text;
  if (!/^to\s/i.test(cue.text)) return null;
  const m = mentionsIn(ctx.s, Math.max(ctx.sentence.start, cue.start - 40), cue.start).pop();
  if (m === undefined || !/^\s+$/.test(text.slice(m.end, cue.start))) return null;
  return SUBJECT_LEAD.test(text.slice(Math.max(ctx.sentence.start, m.start - 12), m.start)) ? fromMention(ctx.s, m, 'infinitive-subject') : null;
}
