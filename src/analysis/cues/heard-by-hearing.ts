// "<content>, a court has heard.", "..., the inquest heard on Monday.": court reporting puts the claim first and the
// hearing that was told it after, with no "that" ("heard" elsewhere needs its clause: frames.ts HEARD_CLAUSE). The
// hearing body right before the form and the sentence's end right after it make it the report's cue; "The shots were
// heard.", "I had never heard." (no hearing body) stay no cue. Bounded look-backs only.
import { HEARING_BODIES } from '../../lexicon/hearing-bodies.js';
import { alternation } from '../alternation.js';

// the hearing bodies court reporting names as the hearer ("a court", "Leeds Crown Court", "an employment tribunal",
// "the jury"), after a comma, perhaps with an auxiliary; no relative word among the words before it (", which the court
// had heard." is a relative clause on what came before, not the hearing that was told it)
const HEARING_BODY_BEFORE = new RegExp(String.raw`,\s+(?:(?:a|an|the)\s+)?(?:(?!(?:which|who|whom|that|what|as|where|when)\s)[\p{L}'’-]+\s+){0,3}(?:${alternation(HEARING_BODIES)})\s+(?:(?:has|had|have)\s+)?$`, 'iu');
// the sentence ends after the form, perhaps after a day ("heard on Tuesday", "heard yesterday")
const SENTENCE_CLOSES = /^(?:\s+(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|this\s+week|last\s+week))?\s*[.!?]/u;

/** Whether the form of "hear" from `start` to `end` closes a court report: ", a court has heard." */
export function heardByHearing(text: string, start: number, end: number): boolean {
  return SENTENCE_CLOSES.test(text.slice(end, end + 24)) && HEARING_BODY_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
