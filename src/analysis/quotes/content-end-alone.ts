// Where a content right of a cue ends when no second cue after it ends it first (content-end.ts reads
// those): a relative clause on the sentence's subject (restrictive: content-end-relative.ts), the writer's reason, a verb with the speaker's
// elided subject, a closing parenthesis.
import type { Cue } from '../../types.js';
import { alternation } from '../alternation.js';
import { latin1Twin } from '../latin1-twin.js';
import { REFERRING_SUBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { ACTION_PASTS, IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { gapRelativeEnd, subjectRelativeEnd } from './content-end-relative.js';

// a content that is a clause (a complementizer or a subject pronoun first, or an auxiliary in it), not a bare object
export const REPORTED_CLAUSE = new RegExp(String.raw`^\s*(?:that|there|${alternation(SUBJECT_PRONOUNS)})\b|\b(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do|be|been)\b`, 'i');
// the words right after a belief or an intention verb open a clause of its own ("and hoped the club could stay
// united", "and believed it would pass"): 'that', a subject pronoun, or up to four words and an auxiliary; an
// object and an infinitive ("and expected a deal to close") or a bare infinitive ("and expected to win") open none
export const OWN_CLAUSE_AFTER = new RegExp(String.raw`^\s+(?:that\s|(?:${alternation(REFERRING_SUBJECT_PRONOUNS)})\s|(?:(?!(?:to|and|or|but)\s)[\p{L}\p{N}’'-]+\s+){1,4}?(?:is|was|were|are|will|would|could|can|should|may|might|must|has|had|have|did|does|do)\s)`, 'u');
// a noun phrase, a comma and "who"/"which" (auxiliaries and adverbs after it) right before a cue: the sentence's subject
// or one further on ("After a long appeal the fine levied by the league, which argued the club had cheated, was paid")
const COMMA_RELATIVE_LEAD = /[\p{L}\p{N}.’'&-],\s+(?:who|which)\s+(?:(?:has|have|had|will|would|also|long|still|now|once|never|not|did|does|do|is|are|was|were|\p{Ll}+ly)\s+){0,3}$/u;
// the sentence's subject and a comma right before a participle cue, perhaps after an adverb: "Inspectors, noticing that
// the seal had failed, closed the plant" (an aside on the subject, as a relative clause between commas is)
const COMMA_PARTICIPLE_LEAD = /^[\s“"‘]*(?:[\p{L}\p{N}.’'&-]+\s+){0,6}[\p{L}\p{N}.’'&-]+,\s+(?:\p{Ll}+ly\s+)?$/u;
const PARTICIPLE_CUE = /^\p{Ll}+ing\b/u;
// the first comma of the content, then the main clause's verb (an auxiliary or a past form, an irregular one before its
// object: "..., took the train home")
const MAIN_VERB_AFTER_COMMA = new RegExp(String.raw`^[^,;:“”"]{1,300}?,\s+(?:(?:also|then|later|now|still)\s+)?(?:(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do|\p{Ll}+ed)\b|(?:${alternation(ACTION_PASTS)})\s+(?:the|a|an|its|his|her|their|it|him|them)\s)`, 'u');
// (or a spaced dash and 'and' before a past form after a bare object: "was unhappy about the rent cap - and took the council to court")
const DASH_AND_PAST = new RegExp(String.raw`\s[-—–]\s+and\s+(?:then\s+|also\s+|later\s+)?(?:\p{Ll}+ed|${alternation(IRREGULAR_PASTS)})\b`, 'u');
const ELIDED_SUBJECT = /,[”"’']?\s+but\s+(?:then\s+|also\s+|later\s+)?(?:\p{Ll}+ed|gave|made|took|kept|held|left|put|got|went|came|said|told|spoke|wrote|would\s+not|could\s+not|did\s+not|would\s+n[o']t|wouldn['’]t|couldn['’]t|didn['’]t|has\s+since|had\s+since)\b/u;

// "Residents opposed to the plan blocked the road.", "Parents worried about the closure have written to her.":
// a cue right after a short subject with no verb (a reduced relative on it), its object after a preposition
// (opening with a determiner, a capital or a number: no infinitive), then the main clause's verb (an
// auxiliary, or a past form with its object)
const SHORT_SUBJECT_LEAD = /^[\s“"‘]*(?:[\p{L}\p{N}.’'&-]+\s+){0,3}[\p{L}\p{N}.’'&-]+\s+$/u;
const VERB_IN_LEAD = new RegExp(String.raw`\b(?:is|was|were|are|has|had|have|will|would|did|does|do|who|which|that|${alternation(REFERRING_SUBJECT_PRONOUNS)})\b`, 'i');
// a clause inside the object (a wh-word, a complementizer or a subject pronoun): no noun phrase
const CLAUSE_IN_OBJECT = new RegExp(String.raw`\b(?:that|which|who|whom|whether|if|how|what|why|when|where|${alternation(REFERRING_SUBJECT_PRONOUNS)})\b`, 'i');
// the prepositions a reduced relative's cue takes before its object ("opposed to", "worried about")
const REDUCED_PREPOSITION = '(?:to|about|by|over|with|of|on)';
const CUE_ENDS_IN_PREPOSITION = new RegExp(String.raw`\s${REDUCED_PREPOSITION}$`);
const PREPOSITION_FIRST = new RegExp(String.raw`^\s+${REDUCED_PREPOSITION}\s`);
const OBJECT_THEN_MAIN_VERB = new RegExp(String.raw`^\s+(?:${REDUCED_PREPOSITION}\s+)?(?:the|a|an|his|her|their|its|this|these|those|any|all|such|\p{Lu}|\p{N})[^,;:“”"]{0,60}?(?=\s(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do)\s|\s\p{Ll}+ed\s+(?:the|a|an|his|her|their|its|them|him|it)\s)`, 'u');

// a bare object, then 'as' (or 'even as') and a clause with its own subject and finite verb: "condemned the launch as
// the inquiry widened", "rules out a levy as Tarn growers protested", headline "denies role in leak as inquiry widens": the
// writer's time or reason, not part of the object (a preposition after the subject's first word means no subject: "as
// criminals with ...", "as a person of ..."; an -ly word is no subject: "portrayed her as widely liked"; an infinitive in the
// object is a clause: "sought to calm voters as he spoke" keeps it)
const AS_SUBJECT = String.raw`(?:(?:the|a|an|its|his|her|their|this|these|those)\s+(?:(?!(?:of|with|for|to|in|on|at|by|from|and|or|than|who|which|that)\s)[\p{L}\p{N}’'-]+\s+){1,3}?|\p{Lu}[\p{L}’'.-]*\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}(?:\p{Ll}{3,}s\s+)?|(?:${alternation(REFERRING_SUBJECT_PRONOUNS)})\s+)`;
const AS_VERB = String.raw`(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|\p{Ll}{2,}ed|\p{Ll}{2,}[^\sus’']s|${alternation(IRREGULAR_PASTS)})\b`;
// a bare noun as the subject ("as inquiry widens") takes a past or an auxiliary, or an -s verb only where a headline ends: in
// running text "hailed the ruling as good news for farmers" is a predicate, not a clause
const AS_BARE_CLAUSE = String.raw`(?!\p{Ll}+ly\s)\p{Ll}{3,}\s+(?:(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|\p{Ll}{2,}ed|${alternation(IRREGULAR_PASTS)})\b|\p{Ll}{2,}[^\sus’']s\s*$)`;
const OBJECT_THEN_AS_CLAUSE = latin1Twin(new RegExp(String.raw`^([^,;:“”"()]{3,120}?)\s(?:even\s+)?as\s+(?=${AS_SUBJECT}${AS_VERB}|${AS_BARE_CLAUSE})`, 'u'));

/** The end of the content right of `cue` when no later cue ends it: one of the rules below, else `limit`. */
export function endWithoutNextCue(text: string, sentenceStart: number, cue: Cue, limit: number): number {
  const reduced = cue.start - sentenceStart <= 60 && (cue.text.endsWith('ed') || CUE_ENDS_IN_PREPOSITION.test(cue.text)) ? reducedRelativeEnd(text, sentenceStart, cue, limit) : -1;
  if (reduced >= 0) return reduced;
  // "Fans who said the band was late demanded refunds.": a restrictive relative's content ends before the main verb
  const relative = subjectRelativeEnd(text, sentenceStart, cue, limit);
  if (relative >= 0) return relative;
  // (so it does when the pronoun is the reported clause's subject, its gap: "The men who workers say attacked them have fled.")
  const gap = gapRelativeEnd(text, sentenceStart, cue, limit);
  if (gap >= 0) return gap;
  // "The mayor, who has long said the plan works, was re-elected.": a cue in a relative clause between
  // commas on a noun phrase (the sentence's subject or one further on) says no more than that clause; the comma
  // before its verb ends it (so does a participle's aside on the subject: "The pilot, fearing the runway was icy, turned back")
  const lead = text.slice(sentenceStart, cue.start);
  if (COMMA_RELATIVE_LEAD.test(lead.slice(-60)) || (cue.start - sentenceStart <= 120 && PARTICIPLE_CUE.test(cue.text) && COMMA_PARTICIPLE_LEAD.test(lead))) {
    const main = MAIN_VERB_AFTER_COMMA.exec(text.slice(cue.end, limit));
    if (main !== null) return cue.end + main[0].lastIndexOf(',');
  }
  const reason = /,\s+because\s+of\s/i.exec(text.slice(cue.end, Math.min(limit, cue.end + 300)));
  if (reason !== null && !REPORTED_CLAUSE.test(text.slice(cue.end, cue.end + reason.index))) return cue.end + reason.index; // "rate him as weak, because of his record": the writer's reason
  const rest = text.slice(cue.end, Math.min(limit, cue.end + 200));
  const as = OBJECT_THEN_AS_CLAUSE.for(rest).exec(rest);
  if (as !== null && !REPORTED_CLAUSE.test(as[1] ?? '') && !CLAUSE_IN_OBJECT.test(as[1] ?? '') && !/\b\p{Ll}{2,}ed\b|(?:^|\s)to\s/u.test(as[1] ?? '')) return cue.end + (as[1] ?? '').length;
  // "He said more would follow, but gave no figure.": a verb after ", but" with no subject of its own
  // shares the speaker's subject; it is what the speaker did, not part of what was said
  const elided = ELIDED_SUBJECT.exec(text.slice(cue.end, Math.min(limit, cue.end + 400)));
  if (elided !== null) return cue.end + elided.index;
  const dash = DASH_AND_PAST.exec(text.slice(cue.end, Math.min(limit, cue.end + 200)));
  return dash !== null && !REPORTED_CLAUSE.test(text.slice(cue.end, cue.end + dash.index)) ? cue.end + dash.index : limit;
}

/** "(her aides later said that she was ill)": a cue inside parentheses says no more than they hold. */
export function parenthesisEnd(text: string, from: number, cue: Cue, end: number): number {
  const before = text.slice(Math.max(from, cue.start - 200), cue.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return end;
  const close = text.slice(cue.end, end).indexOf(')');
  return close < 0 ? end : cue.end + close;
}

/** The end of a reduced relative's object ("Residents opposed to the plan| blocked the road"), or -1. */
function reducedRelativeEnd(text: string, sentenceStart: number, cue: Cue, limit: number): number {
  const lead = text.slice(sentenceStart, cue.start);
  if (!SHORT_SUBJECT_LEAD.test(lead) || VERB_IN_LEAD.test(lead)) return -1;
  const after = text.slice(cue.end, Math.min(limit, cue.end + 80));
  // (the preposition is the cue's, or opens the words after a one-word participle cue)
  if (!CUE_ENDS_IN_PREPOSITION.test(cue.text) && !PREPOSITION_FIRST.test(after)) return -1;
  const object = OBJECT_THEN_MAIN_VERB.exec(after);
  // (a clause in the object is no noun phrase: "declined to reveal whether it was ...")
  if (object === null || CLAUSE_IN_OBJECT.test(object[0])) return -1;
  return cue.end + object[0].replace(/\s+(?:and|but|or)$/i, '').length;
}
