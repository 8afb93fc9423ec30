// A stance participle describing a noun (cues/agent-participle.ts): "a plan backed by the unions" reports the unions'
// stance on the plan. The noun phrase before the participle is the content, the agent after "by" the speaker; with no
// mention there ("a plan backed by evidence", "a roof supported by beams") nobody holds a stance and nothing is reported.
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import type { Ctx } from './cue-context.js';
import { agentAfter } from './speaker-agent.js';
import { nounBeforeParticiple } from '../cues/agent-participle.js';

// a vote's margin or count after "by", no agent ("a motion backed by 52 to 48", "favoured by a wide margin")
const MARGIN = /^\s+by\s+(?:\d[\d,]*\s*(?:-|–|to)\s*\d|(?:a|an)\s+(?:\p{Ll}+\s+)?(?:margin|majority\s+of\s+(?:one|two|\d)|vote\s+of)\b)/u;

/** The record a stance participle with its agent makes, or null when its agent names nobody. */
export function agentParticipleQuote(ctx: Ctx, cue: Cue): Draft | null {
  const text = ctx.s.doc.text;
  if (MARGIN.test(text.slice(cue.end, cue.end + 40))) return null;
  const noun = nounBeforeParticiple(text, ctx.sentence.start, cue.start, cue.text);
  const who = noun !== null ? agentAfter(ctx.s, cue.end, ctx.sentence.end) : null;
  // the agent's mention opens the phrase after "by" (not a name further on: "backed by new evidence reached the court")
  const by = /^\s+by\s+/i.exec(text.slice(cue.end, cue.end + 12));
  if (noun === null || who === null || by === null || who.speakerMention?.start !== cue.end + by[0].length) return null;
  return { start: noun.start, end: noun.end, cue, who: { ...who, speakerRule: 'participle-agent' }, rule: 'agent-participle', sentence: ctx.index };
}
