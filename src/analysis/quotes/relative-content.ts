// "a rule which critics say is unfair", "the judge who she claims lied": the relative pronoun is the
// reported clause's own subject or object, so the content runs from it, over speaker and cue, to the
// end of the clause (or of the aside the relative clause sits in).
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import { charBefore, type Ctx } from './cue-context.js';
import type { SpeakerFields } from './speaker.js';
import { wordCount } from './text-utils.js';
import { whatPhraseStart } from './what-subject.js';
import { opensWithVerb, verbWithBareObject } from './speaker-restrictive.js';
import { NAMING_OR_JUDGING_VERBS, OBJECT_NAMING_VERBS } from '../../lexicon/speech-verbs-stance.js';
import { alternation } from '../alternation.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { isVerbForm } from '../mentions/words.js';
import { PHRASE_DETERMINERS } from '../../lexicon/noun-phrase-words.js';
import { PUTTING_OUT_VERBS } from '../../lexicon/empty-contents.js';

// a finite verb opening the main clause after an aside ("..., was passed", "— passed on Friday")
const MAIN_VERB_AFTER = /^\s*(?:(?:also|still|now|then|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\s+)*(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|\p{Ll}+ed|\p{Ll}+s)\b/u;
// a relative pronoun right before the cue's subject ("which critics say", "whom she called")
const OBJECT_RELATIVE = /(?:\b(in|on|of|for|by|to|with|from|at|about|under|through|during|into|over|among|after|before|within|toward|towards|upon)\s+)?\b(?:which|who|whom)\s*$/i;
const PRONOUN_SUBJECT = new RegExp(String.raw`^\s*(?:${alternation(SUBJECT_PRONOUNS)})\s*$`, 'i');

/**
 * "The plan, which critics say is unfair, was passed." / "The plan — which critics say will cost more —
 * passed.": a relative clause opened by a comma or a dash closes at the next one when the main clause's
 * verb follows it; its content ends there.
 */
function asideEnd(text: string, from: number, cueEnd: number, end: number): number {
  const open = charBefore(text, Math.max(0, from - 4), from).c;
  const closer = open === ',' ? ',' : open === '—' || open === '–' || open === '(' ? (open === '(' ? ')' : open) : '';
  if (closer === '') return end;
  const at = text.slice(cueEnd, end).indexOf(closer);
  return at >= 0 && MAIN_VERB_AFTER.test(text.slice(cueEnd + at + 1, cueEnd + at + 24)) ? cueEnd + at : end;
}

// "that" after a noun phrase led by a determiner ("in a count that she said broke ..."): a relative
// pronoun; after a verb, an adjective or "no doubt" it is the complementizer ("said that he", "made
// clear that", "had no doubt that")
const THAT_END = /that\s*$/;
const DETERMINER = /(?<![\p{L}’'-])(?:the|a|an|this|these|those|any|every|some|his|her|its|their|our|my)\s/giu;
const NOUN_THAT = /(?:^|[\s(])(?:the|a|an|this|these|those|any|every|some|his|her|its|their|our|my)\s+(?:(?!(?:is|was|are|were|be|been|has|have|had|said|says|and|but|or|not|so|such)\s)[\p{L}’'-]+\s+){0,3}\p{Ll}[\p{Ll}’'-]*\s+that\s*$/iu;

function nounThat(ctx: Ctx, subjStart: number): RegExpExecArray | null {
  const text = ctx.s.doc.text;
  // (a cheap test first: most subjects have no "that" right before them)
  if (!THAT_END.test(text.slice(Math.max(ctx.sentence.start, subjStart - 6), subjStart))) return null;
  const from = Math.max(ctx.sentence.start, subjStart - 30);
  const m = NOUN_THAT.exec(text.slice(from, subjStart));
  if (m === null) return null;
  // the word before "that" must not be a cue ("the council warned that he ...")
  const that = THAT_END.exec(m[0]) as RegExpExecArray;
  const wordEnd = from + m.index + m[0].length - that[0].length;
  if (ctx.cues.some((c) => c.end >= wordEnd - 1 && c.end <= wordEnd)) return null;
  // (where the noun phrase starts: its last determiner, "approved a levy that" -> "a levy")
  let np = -1;
  for (const d of m[0].matchAll(DETERMINER)) np = d.index;
  that.index = from + m.index + np;
  return that;
}

// which/who/whom (not "that": annotated news starts "a levy that shop owners said was reckless" after the cue)
const WH_RELATIVE = /\b(?:which|who|whom)\s*$/i;

/**
 * "the van, which state radio claimed had ...", "a fine, which court filings say was ...": after which/who/whom
 * a common noun phrase is a subject as a name or pronoun is, where the speaker rules read it as the cue's subject too. Not a relative
 * clause of its own before the cue, a verb first ("the man who runs the ferry said", "the firm that makes tiles
 * said"): no verb form opens the words, and no determiner stands after the first (a verb's object would).
 */
function commonNounSubject(text: string, subj: { start: number; end: number }, who: SpeakerFields): boolean {
  const m = who.speakerMention;
  if (m === null || m.start < subj.start || m.end > subj.end) return false;
  const words = text.slice(subj.start, subj.end).toLowerCase().split(/\s+/).filter((w) => w !== '');
  const [first, ...rest] = words;
  if (first === undefined || (!PHRASE_DETERMINERS.has(first) && isVerbForm(first)) || rest.some((w) => PHRASE_DETERMINERS.has(w))) return false;
  const np = nounPhrase(text, subj.start, subj.end);
  return np !== null && text.slice(subj.start, np.start).trim() === '';
}

/**
 * "The lawyer who represents the families said ...", "a nurse who treated the victims said ...": the words after the
 * pronoun open with the relative clause's own verb and its object (a verb form, or a lower-case word with a
 * determiner right after it), so they are no subject of the cue, even when the object is a name or a group.
 */
function ownVerbFirst(text: string, subj: { start: number; end: number }, pronoun: string): boolean {
  const words = text.slice(subj.start, subj.end);
  const [first, second] = words.trim().split(/\s+/);
  if (first === undefined || !/^\p{Ll}/u.test(first) || PHRASE_DETERMINERS.has(first) || PRONOUN_SUBJECT.test(first)) return false;
  // (or a verb in -s with a bare object: "a charity that helps refugees said"; or a base form after "who": "Volunteers who
  // coach players said", speaker-restrictive.ts)
  return isVerbForm(first) || (second !== undefined && PHRASE_DETERMINERS.has(second.toLowerCase())) || verbWithBareObject(words)
    || opensWithVerb(first, second, '', pronoun);
}

/**
 * The content from a relative pronoun right before the cue's short subject `subj`, or null when no
 * relative pronoun leads it (content right of the cue starts at `start`, up to `contentEnd`).
 */
export function relativeContent(ctx: Ctx, cue: Cue, subj: { start: number; end: number }, names: (r: { start: number; end: number }) => boolean, start: number, contentEnd: number, who: SpeakerFields): Draft | null {
  const text = ctx.s.doc.text;
  const ss = ctx.sentence.start;
  if (!/^[\s,:]*$/.test(text.slice(cue.end, start))) return null;
  // "ending what he calls waste", "is what critics have described as a scheme": a free relative whose verb names or judges
  // its own object; the naming is the content, from "what" on, as annotated news marks it (the speaker: the words between)
  const what = NAMING_OR_JUDGING_VERBS.has(cue.lemma) ? whatPhraseStart(ctx, cue.start) : -1;
  if (what >= 0) return { start: what, end: contentEnd, cue, who, rule: 'relative-content', sentence: ctx.index };
  if (wordCount(text.slice(subj.start, subj.end)) > 4) return null;
  const relative = OBJECT_RELATIVE.exec(text.slice(Math.max(ss, subj.start - 16), subj.start)) ?? nounThat(ctx, subj.start);
  // the words between pronoun and cue must be a subject ("who attended the rally said" is a
  // relative clause of its own, and "in which he said" relates to something else)
  // ("The Board, which regulates utilities, said ...": a comma after the words closes the relative
  // clause, and the cue is the main verb)
  const naming = relative !== null && OBJECT_NAMING_VERBS.has(cue.lemma) && /^that/.test(relative[0]) && !/[,;]/.test(text.slice(subj.end, cue.start));
  if (naming) return { start: relative.index, end: contentEnd, cue, who, rule: 'relative-content', sentence: ctx.index };
  if (relative === null || relative[1] || /[,;]/.test(text.slice(subj.end, cue.start)) || ownVerbFirst(text, subj, /\bwho\s*$/i.test(relative[0]) ? 'who' : '') || !(PRONOUN_SUBJECT.test(text.slice(subj.start, subj.end)) || names(subj) || (WH_RELATIVE.test(relative[0]) && commonNounSubject(text, subj, who)))) return null;
  const from = subj.start - relative[0].length;
  // ("Parents who help teachers said": the speaker read runs to the pronoun, which is its own clause's subject, not content)
  const m = who.speakerMention;
  if (m !== null && m.start < from && m.end > from) return null;
  // ("The audit, which the board published in June, says ...": putting the document out is no saying, lexicon/empty-contents.ts)
  if (PUTTING_OUT_VERBS.has(cue.lemma)) return null;
  // ("the plan, which voters want, is fair": the aside closes at the cue, and so does its content)
  const closed = /^\s*[,)—–]/.test(text.slice(cue.end, cue.end + 3));
  return { start: from, end: closed ? cue.end : asideEnd(text, from, cue.end, contentEnd), cue, who, rule: 'relative-content', sentence: ctx.index };
}
