// When a "that" after a cue opens no reported clause: a demonstrative with its noun ("I understand that argument."),
// the clause's own subject ("say that is not enough"), or the pronoun object before closing adverbials ("has said that
// before"). content-start.ts asks before it starts the content after "that"; content-end.ts ends it at the pronoun.
import { alternation } from '../alternation.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

const DEMONSTRATIVE_THAT = /^that\s+[\p{L}’'-]+[\s.!?]*$/u;
// "say that is not enough": "that" before a finite verb is the clause's subject, no complementizer (but
// "said that had he known, ...", "that should the plan fail": an inverted condition after it)
const THAT_SUBJECT = new RegExp(String.raw`^that\s+(?:(?:is|was|will|would|could|can|may|might|must|does|did|seems|means|remains)\b|(?:has|had|should)\s+(?!(?:${alternation(SUBJECT_PRONOUNS)}|the|a|an|this|that|there)\b))`, '');
// "has said that before, and nobody listened", "said this again on Monday, to applause": "that" or "this" as the
// pronoun object, then only closing adverbials of repetition, manner or time and the clause's end (a mark, or a comma
// before a conjunction, a preposition or a participle, not a subject: "said that earlier, the board had met" is a
// complementizer before a fronted adverb); the pronoun alone is the content, as annotated news draws "That said"
const OBJECT_ADVERBIAL = String.raw`(?:before|again(?:\s+and\s+again)?|often|repeatedly|publicly|privately|openly|himself|herself|themselves|itself|(?:many|several|countless|two|three)\s+times|in\s+the\s+past|for\s+years|for\s+the\s+first\s+time|(?:last|this)\s+(?:week|month|year)|earlier|yesterday|on\s+(?:${WEEKDAYS})|${WEEKDAYS})`;
export const PRONOUN_THAT_OBJECT = new RegExp(String.raw`^\s*(that|this)(?=(?:\s+${OBJECT_ADVERBIAL}){1,3}\s*(?:[.!?;]|,\s+(?:and|but|so|yet|or|to|with|as|while|though|although|at|in|on|\p{Ll}+ing)\b))`, 'u');

/** Whether `fromThat`, which opens with "that", has "that" open a reported clause. */
export function thatOpensClause(fromThat: string): boolean {
  return /^that\s/.test(fromThat) && !DEMONSTRATIVE_THAT.test(fromThat) && !THAT_SUBJECT.test(fromThat) && !PRONOUN_THAT_OBJECT.test(fromThat);
}
