// A time clause inside a reported content whose verb is a sourceless passive ("said sales had doubled
// since the list was announced", "claimed bookings fell after the plan was first discussed") tells when
// something happened; nobody in it is reported as saying anything, so it is no second attribution and
// the content runs on through it. (Passives with an agent, "after the plan was criticised by the mayor",
// and active cues, "since she told them", still cut: content-end.ts.)
import type { Cue } from '../../types.js';
import { AGENT_NEXT, cueVoice } from './speaker-voice.js';

// the subordinators of time: the clause they open dates the content's event ('until' and 'once' never come here:
// content-end-subordinate.ts SUBORDINATE_THEN_SUBJECT leaves them in the content anyway, as a limit of what was said)
const TIME_LEAD = /^\s(?:since|after|before|when)\s/i;

/** Whether the clause from a subordinator up to cue `c` is a time clause around a passive with no agent. */
export function passiveEventClause(text: string, sentenceStart: number, fromSubordinator: string, c: Cue): boolean {
  if (!TIME_LEAD.test(fromSubordinator)) return false;
  if (AGENT_NEXT.test(text.slice(c.end, c.end + 4))) return false;
  return cueVoice(text, sentenceStart, c) === 'passive';
}
