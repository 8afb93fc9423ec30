// "ruled that ...", "ruled against the permit", "ruled the dismissal was unfair": what makes "rule" a verdict, and so
// speech, rather than governing ("ruled the country for forty years", "ruled the empire the Romans had built").
// cues/acts.ts asks it of every form of "rule".
import { RULING_VOTE } from './verb-span.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';

// what a ruling holds: a clause, a side, or what it excludes (perhaps after the court's vote: "ruled 6-1 that",
// "ruling 5 to 4 against")
const RULING_AFTER = new RegExp(String.raw`^\s+(?:(?:${WEEKDAYS}|today|yesterday|\p{Ll}+ly|${RULING_VOTE})\s+)?(?:that|against|in\s+favou?r|for|on|out)\b`, 'u');
// or a clause without "that": a short subject, then a finite auxiliary ("ruled the council had acted unlawfully",
// "ruled the dismissal was unfair"); not a governed object with a time or place after it ("ruled the city when it was")
const RULING_CLAUSE = /^\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}'’-]*)(?:\s+(?!(?:when|while|as|until|since|before|after|because|and|but|where|for|from|with|in|on|at|by|during|which|who|that|whose)\b)[\p{L}'’-]+){0,4}\s+(?:had|has|have|was|were|is|are|would|could|should|must|did|cannot|can|may|might|will)\b/u;
// (not a governed object with a contact relative clause: "ruled the empire the Romans had built", "the lands he won";
// unless the clause's own verb follows it: "ruled the evidence the police had gathered was inadmissible")
const OBJECT_THEN_CLAUSE = new RegExp(String.raw`^\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,2}?\s+(?<!\b(?:of|to|for|over|about|into|on|in|at|by|with|from|that|today|yesterday|${WEEKDAYS})\s)(?:the|a|an|his|her|its|their|he|she|they|we|I)\s`, 'u');
// (a finite verb after the relative clause's own: "the evidence the police had gathered was")
const CLAUSE_VERB_AFTER = /\b(?:had|has|have|was|were|is|are|would|could|should|must|did|can|may|might|will)\s+(?:\S+\s+){1,3}?(?<!\b(?:and|but|which|who|that)\s)(?:was|were|is|are|had|has|would|could|should|must|can|may|might|will)\b/;

/** Whether the text right after a form of "rule" holds what a ruling holds: a clause, a side, or what it excludes. */
export function rulingHolds(after: string): boolean {
  if (RULING_AFTER.test(after.slice(0, 32))) return true;
  if (!RULING_CLAUSE.test(after)) return false;
  const sentence = after.split(/[.;!?]/)[0] ?? '';
  return !OBJECT_THEN_CLAUSE.test(sentence) || CLAUSE_VERB_AFTER.test(sentence);
}
