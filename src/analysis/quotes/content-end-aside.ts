// Asides inside a reported clause that the content goes on over to the reported subject's own verb (content-end-goes-on.ts
// and content-end.ts read these before cutting at a comma).
// - A passive participle between commas right after the subject that sizes or values it ("said the money, expected to
//   total 48 million euros, would pay for street cleaning"; "said part of the income, estimated at 640,000 pounds a year,
//   would go to repairs"): a reduced relative, not a second attribution.
// - Any short aside when the later cue is a finite verb with the subject before it ("said its founder, Ana Ruiz, had
//   promised to stay", "said a second man, thought to be the driver, was being sought"): the reported clause's verb,
//   and a nested report of its own, not a verb the speaker's subject shares (that would come bare: "said A, warned B").
// - A non-restrictive relative with its own cue that closes before the subject's verb (below).
// - A speaker's aside inside a second clause joined to the report ("said A, and the port, she added, would follow"):
//   the report ends at the join, and the aside's content is its own clause (joinedAsideClause, below).
import type { Cue } from '../../types.js';
import { ASIDE_CHAR } from '../cues/verb-contexts.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { latin1Twin } from '../latin1-twin.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { BELIEF_FORMS } from '../../lexicon/hedges.js';
import { finiteForms } from '../../lexicon/speech-verbs.js';
import { ASIDE_SAYING_LEMMAS } from '../../lexicon/speech-verbs-saying.js';

// the finite forms of verbs of saying the lexicon lists ("adds", "added"), which the patterns below take as words
const presentAndPast = (lemmas: readonly string[]): string[] => lemmas.flatMap((l) => Object.values(finiteForms(l) ?? {}));
const pasts = (lemmas: readonly string[]): string[] => lemmas.flatMap((l) => finiteForms(l)?.past ?? []);

// the participles of sizing and valuing that stand in such an aside (a verb of saying would be a second report)
const SIZING_PARTICIPLE = /^(?:estimated|expected|projected|forecast|valued|priced|put|budgeted|costed|calculated)$/i;
// the aside ends at its own comma (no clause, quote or second comma in it; a figure's "640,000" or "4.5" is no stop),
// and the subject's verb follows: an auxiliary or a modal
const ASIDE_THEN_VERB = new RegExp(String.raw`^${ASIDE_CHAR}{1,60},\s+(?:${FINITE_AUXILIARY})\s`, 'i');

/** Whether the cue `c`, right after a comma, is a sizing participle in an aside before its subject's verb. */
export function sizingAside(text: string, before: string, c: Cue): boolean {
  return /,\s*$/.test(before) && SIZING_PARTICIPLE.test(c.text) && ASIDE_THEN_VERB.test(text.slice(c.end, c.end + 80));
}

// one word of the subject: not an auxiliary or a clause word (those make the words before the aside a clause of
// their own, "said the plan was fair, ...") nor a conjunction
const SUBJECT_WORD = String.raw`(?!(?:${FINITE_AUXILIARY}|who|which|whom|whose|where|when|and|but|or|then|while|because|if|as)\b)[\p{L}\p{N}.’'&-]+`;
// the whole content up to the later cue: "that" perhaps, a subject of one to six words that opens as a noun phrase
// does (a determiner, a number, a capital) or a pronoun, a comma, the aside, its comma (not "... meant to open by a
// spring deadline, the bridge will be late, said ...": an infinitive is no subject)
const SUBJECT_OPENING = String.raw`(?:the|a|an|its|his|her|their|our|this|that|these|those|some|many|most|all|both|each|every|no|one|two|three|\p{Lu}|\p{N})`;
// (with its Latin-1 twin, latin1-twin.ts: costly to compile for two-byte text)
const SUBJECT_ASIDE = latin1Twin(new RegExp(String.raw`^\s*(?:that\s+)?(?:(?=${SUBJECT_OPENING})(?:${SUBJECT_WORD}\s+){0,5}${SUBJECT_WORD}|${alternation(SUBJECT_PRONOUNS)}),\s+${ASIDE_CHAR}{1,60},\s*$`, 'u'));
// a later cue that is no finite verb: a participle ("adding", "saying") or an infinitive goes with the speaker
const NOT_FINITE = /^(?:to\s|\p{L}+ing\b)/iu;
// a verb of saying with its subject after it closes a content before it (", the bridge will be late, said Ida Roe"),
// an attribution of its own, not the verb of a subject before the comma
const INVERTED = new RegExp(`^(?:${alternation([...presentAndPast(['say', 'add', 'write']), ...pasts(['ask', 'explain', 'note', 'recall', 'argue', 'warn', 'insist', 'reply', 'conclude', 'observe'])])})$`, 'i');
const SUBJECT_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}|(?:the|a|an|${alternation(SUBJECT_PRONOUNS)})\s)`, 'u');

/** Whether the content from `cue` to the finite cue `c` is a subject and an aside on it, so `c` is the subject's verb. */
export function subjectAsideThenVerb(text: string, cue: Cue, c: Cue): boolean {
  if (c.start - cue.end > 140 || NOT_FINITE.test(c.text)) return false;
  if (INVERTED.test(c.text) && SUBJECT_AFTER.test(text.slice(c.end, c.end + 8))) return false;
  const between = text.slice(cue.end, c.start);
  return SUBJECT_ASIDE.for(between).test(between);
}

// "said the plan, which voters want, is fair", "said the ferry, which residents say is unsafe, will keep running": a
// non-restrictive relative with its own cue that closes with a comma before the reported subject's own verb (an auxiliary
// or a modal) is an aside inside the reported clause; the content runs on over it (the relative still reports itself,
// relative-content.ts)
const RELATIVE_CLOSES_THEN_VERB = new RegExp(String.raw`^${ASIDE_CHAR}{0,60},\s+(?:${FINITE_AUXILIARY})\s`, 'i');

/** Whether the cue `c` of a relative clause opened by a comma and "which"/"who" closes its aside before the subject's verb. */
export function relativeAsideGoesOn(text: string, c: Cue): boolean {
  return RELATIVE_CLOSES_THEN_VERB.test(text.slice(c.end, c.end + 80));
}

// "said the harbour will reopen in May, and the port, she added, would follow": a speaker's aside ("she added") inside
// a second clause joined to the first report belongs to that clause, whose content runs on both sides of it; the first
// report ends at the join. The aside: a short subject (a pronoun or a name) after a comma, the cue, a comma.
const ASIDE_SUBJECT_BEFORE = new RegExp(String.raw`,\s+(?:${alternation(SUBJECT_PRONOUNS)}|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+$`, 'u');
// the join: a comma or semicolon and a conjunction that opens a clause, or a semicolon alone
const CLAUSE_JOIN = /(?:,\s*(?:and|but|yet|while|whereas|though|although)|;\s*(?:and|but|yet)?)\s+/gi;
// what stands between the join and the aside's comma: the second clause's subject, no verb of a clause of its own
const JOINED_SUBJECT = new RegExp(String.raw`^(?:(?!(?:${FINITE_AUXILIARY}|that|who|which)\b)[\p{L}\p{N}.’'&-]+\s+){0,5}(?!(?:${FINITE_AUXILIARY})\b)[\p{L}\p{N}.’'&-]+$`, 'iu');

/**
 * Where the clause holding the aside cue `aside` opens after a join, when the content from `from` (the end of the first
 * report's cue) runs into it: the join's start (where the first content ends) and the clause's first word (where the
 * aside's content starts); null when `aside` is no aside of that shape.
 */
export function joinedAsideClause(text: string, from: number, aside: Cue): { join: number; clause: number } | null {
  if (aside.start - from > 300 || !/^\s*,/.test(text.slice(aside.end, aside.end + 3)) || /\s/.test(aside.text)) return null;
  const windowStart = Math.max(from, aside.start - 40);
  const lead = ASIDE_SUBJECT_BEFORE.exec(text.slice(windowStart, aside.start));
  if (lead === null) return null;
  const comma = windowStart + lead.index;
  const between = text.slice(from, comma);
  let last: RegExpExecArray | null = null;
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(between); m !== null; m = CLAUSE_JOIN.exec(between)) last = m;
  if (last === null || !/\p{L}.*\s\p{L}/u.test(between.slice(0, last.index))) return null;
  const subject = between.slice(last.index + last[0].length).trim();
  if (!JOINED_SUBJECT.test(subject)) return null;
  return { join: from + last.index, clause: from + last.index + last[0].length };
}

// "The union said the talks, Ida Roe added, would resume", "told the court the driver, she added, had fled": a speaker's
// aside between the reported clause's subject and its verb is a second voice on the same clause; the outer report's
// content runs on over it (as over a relative aside, above) and the aside is no record of its own, nested in it. The
// aside: a one-word verb of saying after a pronoun, a name or a short description ("its chair"), its comma, then the clause's verb (an auxiliary or a
// finite verb in -ed or -s); before it, from the outer cue, a subject (perhaps after "that" and the one told), no clause.
const SAYING_FINITE = alternation(presentAndPast(ASIDE_SAYING_LEMMAS));
export const ASIDE_SAYING = new RegExp(`^(?:${SAYING_FINITE})$`, 'i');
// (a third person's belief between those commas, "the strike, its chair hoped, would end", is such a second voice too: with
// a pronoun it is a hedge, hedge-aside.ts, with a name or a description an aside nested like one of saying)
const BELIEF_FINITE = alternation(BELIEF_FORMS.filter((w) => /(?:[^s]s|ed|ght|lt)$/.test(w)));
const ASIDE_BELIEF = new RegExp(`^(?:${BELIEF_FINITE})$`, 'i');
const CLAUSE_VERB = String.raw`\s+(?:(?:${FINITE_AUXILIARY}|${alternation(IRREGULAR_PASTS)})\s|\p{Ll}{2,}(?:ed|[^\sus’']s)\s)`;
const CLAUSE_VERB_AFTER = new RegExp(String.raw`^\s*,${CLAUSE_VERB}`, 'u');
const ASIDE_SPEAKER = String.raw`,\s+(?:${alternation(SUBJECT_PRONOUNS)}|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}|(?:the|its|his|her|their|our)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)\s+`;
const ASIDE_SPEAKER_BEFORE = new RegExp(`${ASIDE_SPEAKER}$`, 'u');
// the whole aside in a stretch of text, up to its closing comma, the clause's verb after it
const SPEAKER_ASIDE = new RegExp(String.raw`${ASIDE_SPEAKER}(?:${SAYING_FINITE}|${BELIEF_FINITE}),(?=${CLAUSE_VERB})`, 'gu');

/** `window` with each speaker's aside ("the driver, she added, had fled") blanked, commas and all, so a reader of commas
 *  and verbs finds the reported subject's verb after it ("told the court the driver had fled"); offsets are kept. */
export function withoutSpeakerAsides(window: string): string {
  return window.replace(SPEAKER_ASIDE, (m) => ' '.repeat(m.length));
}
const SUBJECT_ONLY = new RegExp(String.raw`^\s*(?:that\s+)?(?:${SUBJECT_WORD}\s+){0,7}${SUBJECT_WORD}\s*$`, 'u');

/** Whether `aside`, a cue after the outer cue that ends at `from`, is a speaker's aside inside the outer reported clause. */
export function speakerAsideInClause(text: string, from: number, aside: Cue): boolean {
  if (aside.start - from > 160 || !(ASIDE_SAYING.test(aside.text) || ASIDE_BELIEF.test(aside.text)) || !CLAUSE_VERB_AFTER.test(text.slice(aside.end, aside.end + 24))) return false;
  const windowStart = Math.max(from, aside.start - 40);
  const lead = ASIDE_SPEAKER_BEFORE.exec(text.slice(windowStart, aside.start));
  return lead !== null && SUBJECT_ONLY.test(text.slice(from, windowStart + lead.index));
}
