// A cue right after "whose" and a noun ("a man whose son said ..."): the relative clause's own subject speaks, unless the
// whose-phrase holds a verb of its own and closed before the cue ("a farmer whose fields were flooded said ...").
import type { Ctx } from './cue-context.js';
import { NO_SPEAKER, type SpeakerFields } from './speaker-fields.js';
import { isVerbForm } from '../mentions/word-flags.js';
import { isPersonNoun } from '../mentions/words.js';
import { FINITE_AUXILIARIES } from '../../lexicon/auxiliaries.js';

// "whose son", "whose former lawyer" right before the cue (an auxiliary aside): the relative clause's own subject
const WHOSE_SUBJECT = /\bwhose\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)\s*$/u;

// a word that makes the "whose" phrase a clause of its own: an auxiliary, or a verb form or past participle
const OWN_VERB = new Set([...FINITE_AUXILIARIES, 'been', 'being']);

/** "A farmer whose fields were flooded said ...", "a man whose home burned said ...": the whose-phrase holds its own
 *  verb, so it closed before the cue, whose subject is the antecedent ("A farmer"), not the phrase's noun. */
function whoseClauseHasVerb(phrase: string): boolean {
  return phrase.trim().split(/\s+/).slice(1).some((w) => OWN_VERB.has(w) || isVerbForm(w) || /\p{Ll}{2,}ed$/u.test(w));
}

/** Where a whose-phrase that holds its own verb starts, right before `end` ("The club whose players were injured
 *  said"), else null: the speaker is read in the words before it, not on a noun inside it ("players"). */
export function closedWhoseStart(text: string, from: number, end: number): number | null {
  const m = WHOSE_SUBJECT.exec(text.slice(from, end));
  return m !== null && whoseClauseHasVerb(m[0]) ? from + m.index : null;
}

/**
 * "Ade Lund met a man whose son said ...", "Ada Kim, whose lawyer said ...": the speaker is the relative clause's
 * subject, someone the text names only through the antecedent (an unknown speaker, "whose son" its mention, its
 * noun the role), not the sentence's subject. Null when no "whose" phrase stands right before the cue.
 */
export function whoseSubject(ctx: Ctx, end: number): SpeakerFields | null {
  const text = ctx.s.doc.text;
  const from = Math.max(ctx.sentence.start, end - 50);
  const m = WHOSE_SUBJECT.exec(text.slice(from, end));
  if (m === null || whoseClauseHasVerb(m[0])) return null;
  const start = from + m.index;
  const phrase = m[0].trimEnd();
  return { ...NO_SPEAKER, speakerMention: { text: phrase, start, end: start + phrase.length }, role: isPersonNoun(m[1]!) ? m[1]! : null, speakerRule: 'whose-subject' };
}
