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

// "The court heard the driver, 34, had been drinking", "The inquest heard how the fire spread": the hearing body as the
// subject, then the claim with no "that": "how", or a short subject (no preposition or clause word but "of"; an age
// between commas) and a finite verb. Not what the hearing heard as an act: "heard evidence from", "heard the appeal".
// (the body, with up to three words of its name, opens the sentence, a quote or a clause after a fronted phrase's comma:
// ", which the jury heard" is a relative; "Witnesses at the trial heard" heard sounds)
const HEARING_BODY_SUBJECT = new RegExp(String.raw`(?:^|[\n“"‘.]\s*|,\s+)(?:(?:a|an|the)\s+)?(?:(?!(?:at|in|of|on|during|before|after|which|who|that)\s)[\p{L}'’-]+\s+){0,3}(?:${alternation(HEARING_BODIES)})\s+(?:(?:has|had|have)\s+)?$`, 'iu');
const NOT_SUBJECT_WORD = String.raw`(?:who|which|that|what|when|where|while|after|before|in|on|at|for|from|with|by|to|and|or|but|as|evidence|testimony|submissions|arguments|appeals?|case|claims?|cases|details)\b`;
const BARE_CLAUSE = new RegExp(String.raw`^\s+(?:how\s|(?:(?!${NOT_SUBJECT_WORD})[\p{L}\p{N}’'.-]+,?\s+){1,5}?(?:had|has|was|were|would|could|is|are|did|will|\p{Ll}{2,}ed)\s)`, 'u');

/** Whether the form of "hear" from `start` to `end` closes a court report (", a court has heard.") or opens one with its
 *  hearing body as the subject and the claim with no "that" ("The court heard the van was stolen"). */
export function heardByHearing(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (HEARING_BODY_SUBJECT.test(before) && BARE_CLAUSE.test(text.slice(end, end + 80))) return true;
  return SENTENCE_CLOSES.test(text.slice(end, end + 24)) && HEARING_BODY_BEFORE.test(before);
}
