// "ruled that ...", "ruled against the permit", "ruled the dismissal was unfair": what makes "rule" a verdict, and so
// speech, rather than governing ("ruled the country for forty years", "ruled the empire the Romans had built").
// cues/acts.ts asks it of every form of "rule"; cues/verb-reading.ts asks rulingBody of a body's present "rules".
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

// "Appeals court rules against the city", "A district judge rules against the union": a body's or a judge's present
// "rules" with its side after it is a verdict where the body's noun phrase opens its clause (after a determiner two
// words at most, without one two capitalised words: "Federal court", "U.S. District judge") and no finite verb follows in
// the clause. Elsewhere it is the plural noun of "court rules": an object ("She broke court rules against recording")
// or the subject of its own verb ("The new league rules against diving took effect").
const BODY_OPENS_CLAUSE = /(?:^|[\n.!?;:,—–"“]\s*|\b(?:and|but)\s+)(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\p{L}’'.-]+\s+){0,2}|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2})[\p{L}’'.-]+\s+$/u;
const RULES_AS_SUBJECT = /^\s+against\s+[^.;:!?,\n]*?\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|take|takes|took|come|comes|came|go|goes|went|remain|remains|remained|stay|stays|stayed|apply|applies|applied|cover|covers|covered|mean|means|meant)\b/i;

/** Whether the present "rules" at `at` (the form `word`, after a body's or a role's noun) is that body's verdict. */
export function rulingBody(text: string, at: number, word: string): boolean {
  // (the look-back window must reach the clause's start, or the text's)
  const from = Math.max(0, at - 80);
  const lead = text.slice(from, at);
  return (from === 0 || !/^[^\n.!?;:,—–"“]*$/.test(lead)) && BODY_OPENS_CLAUSE.test(lead)
    && !RULES_AS_SUBJECT.test(text.slice(at + word.length, at + word.length + 120));
}
