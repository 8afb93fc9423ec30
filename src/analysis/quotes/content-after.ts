// A content AFTER its verb cue: "X said (that) CONTENT", "X said of the plan. “CONTENT”", and the
// readings where the clause holds its own subject (passive and raising cues with no named source,
// relative clauses, "which critics say is unfair").
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import { charBefore, type Ctx } from './cue-context.js';
import type { VerbReading } from './verb-cue.js';
import { rightStart } from './content-start.js';
import { stripAux } from './positions.js';
import { NO_SPEAKER, type SpeakerFields } from './speaker.js';
import { sentenceSubject, verbSpeaker } from './subjects.js';
import { cueVoice } from './speaker-voice.js';
import { relativeClause } from './relative-clause.js';
import { wordCount } from './text-utils.js';
import { firstNotBefore } from '../sorted.js';
import { CIRCUMSTANCE_CLAUSE, DISCOVERY_VERBS, PUBLISHING_VERBS } from '../../lexicon/empty-contents.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';

// "by" and its agent (a few words, perhaps a time or place phrase before or after it) ending the clause
const AGENT_ENDS = /^\s+(?:(?:on|in|at|last|this|earlier|late|early)\s+(?:[^\s,;:“”"]+\s+){0,3}?)?by\s+(?:(?!(?:as|that|for|to|because|after|when|while|but)\b)[^\s,;:“”"]+\s*){1,8}?(?:(?:on|in|at|last|this|earlier)\s+[^,;:“”"]{1,30})?[\s.!?]*$/u;
// a fronted condition or time clause with a verb of its own, not a question put to the speaker
// (a clause of its own: "While touring the plant, she said: “...”" has no subject and is the frame's)
const FRONTED_CONDITION = /^[\s“"‘']*(?:If|Unless|Once|After|Before|Until|Although|Though|Because|While|Since|Even\s+if)\s(?!\p{Ll}+ing\b)(?![^,]*\b(?:asked|pressed|questioned)\b)[^,;:“”"]{6,200}$/u;
// a tail that is no clause: a preposition's phrase, or a bare object ("defended the budget")
const TAIL_ADVERBIAL = new RegExp(String.raw`^(?:of|about|on|in|at|to|with|during|after|before|for|from|over|this|last|${WEEKDAYS}|yesterday|today|again|too|also|then|later|earlier)\b`, 'i');
// "and"/"or"/"nor" right after the cue, in lower case (a capital opens a sentence-like content)
const COORDINATED_AFTER = /^\s+(?:and|or|nor)\s/;
// a finite verb opening the main clause after an aside ("..., was passed", "— passed on Friday")
const MAIN_VERB_AFTER = /^\s*(?:(?:also|still|now|then|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\s+)*(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|\p{Ll}+ed|\p{Ll}+s)\b/u;
// a name (perhaps after "the"), then at most a time or place phrase: the listener of "tell" alone
const LISTENER_ONLY = new RegExp(String.raw`^(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:\p{Lu}[\p{L}’'.&-]*|of|and))*(?:\s+(?:earlier|later|last|this|on|in|at|before|after|during|${WEEKDAYS})\b[^,;:“”"]{0,50})?$`, 'u');
// a relative pronoun right before the cue's subject ("which critics say", "whom she called")
const OBJECT_RELATIVE = /(?:\b(in|on|of|for|by|to|with|from|at|about|under|through|during|into|over|among|after|before|within|toward|towards|upon)\s+)?\b(?:which|who|whom)\s*$/i;
const PRONOUN_SUBJECT = /^\s*(?:he|she|they|it|we|I|you)\s*$/i;
// "It is understood that", "It was revealed in March that", "it is widely known, officials say, that":
// the cue's "It" is a placeholder, and the adverbs or time phrase after the cue lead to the real subject,
// the "that" clause (bounded window: a few words, no sentence mark)
const IMPERSONAL_THAT = /^[\s,]+(?:[^.;:!?“”"]{0,50}?[\s,])?that\s+/;
const OBJECT_ONLY = /^(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\p{L}’'-]+\s+){0,1}[\p{L}’'-]+[\s.!?:]*$/u;

/** Whether a closed quote has an attribution right after it ("“...,” she said" / "“...,” said Ann Lee"). */
function attributedOnItsOwn(ctx: Ctx, close: number): boolean {
  const text = ctx.s.doc.text;
  if (!/[,?!…—–-]/.test(text[close - 2] ?? '')) return false;
  // the cues starting within 60 characters after the close (a binary search, then a short walk)
  const cues = ctx.s.cues;
  for (let i = firstNotBefore(cues, (c) => c.start <= close); i < cues.length && (cues[i]?.start ?? Infinity) - close <= 60; i++) {
    const c = cues[i] as Cue;
    if (c.kind === 'verb' && !/[.!?;:“”"]/.test(text.slice(close, c.start))) return true;
  }
  return false;
}

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

/** "X said (that) CONTENT": the content right of the cue, or the clause that holds the cue's subject. */
export function contentAfter(ctx: Ctx, r: VerbReading): Draft | null {
  const { s, sentence } = ctx;
  const { cue, end, subj, quoteNext, prev, names } = r;
  const text = s.doc.text;
  const ss = sentence.start;
  let start = rightStart(text, cue, end);
  // "who argued and lost", "backed the plan or voted for it": a second verb coordinated with the
  // cue is what the subject did next, no reported clause
  if (COORDINATED_AFTER.test(text.slice(cue.end, Math.min(end, cue.end + 8)))) return null;
  let contentEnd = end;
  // "X said of the plan. “CONTENT”": a short tail, then a quote opening the next sentence
  // (the tail is an adverbial or nothing: "said of the plan", "wrote on Monday"; a clause of its own,
  // "said rents had doubled", is the content)
  const tailText = text.slice(start, Math.min(end, start + 40));
  if (wordCount(tailText) <= 3 && (wordCount(tailText) === 0 || TAIL_ADVERBIAL.test(tailText) || OBJECT_ONLY.test(tailText))) {
    const next = ctx.speech.openingFrom(sentence.end);
    // same paragraph only: a quote paragraph after it has its own attribution or continues another
    // and not when this sentence attributes a quote of its own (“A,” she said, as the band played. “B.”):
    // the next quote goes on with that one
    const quoted = ctx.speech.within(ss, cue.start).length > 0;
    if (!quoted && next !== undefined && next.open <= sentence.end + 4 && /^[ \t]*$/.test(text.slice(sentence.end, next.open)) && !attributedOnItsOwn(ctx, next.close)) {
      start = next.open;
      contentEnd = next.close;
    }
  }
  if (wordCount(text.slice(start, Math.min(contentEnd, start + 40))) === 0) return null;
  // "told Reuters.", "told the Courier on Monday.": the one told and when, with no clause, is no content
  if (cue.lemma === 'tell' && contentEnd - start <= 80 && LISTENER_ONLY.test(text.slice(start, contentEnd).replace(/[\s.!?]+$/, ''))) return null;
  // "apologised after its account posted a cartoon": when or why, not what (lexicon/empty-contents.ts)
  if (contentEnd - start <= 200 && CIRCUMSTANCE_CLAUSE.test(text.slice(start, contentEnd).replace(/[\s.!?]+$/, ''))) return null;
  // "X wants to respond ...": an infinitive's speaker is the subject of the sentence
  const infinitive = /^to\s/i.test(cue.text) || /\bto\s+$/i.test(text.slice(Math.max(ss, cue.start - 4), cue.start));
  // who speaks for the cue (passive, raising, infinitive, relative): SPEAKERS' verbSpeaker decides
  let who: SpeakerFields = verbSpeaker(ctx, cue, subj, infinitive);
  const coordinated = /\b(?:and|but)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(ss, cue.start - 20), cue.start));
  // "She said A and said B": a coordinated verb shares the subject
  if (subj === null && coordinated && prev !== undefined && prev.sentence === ctx.index && cue.start - prev.end < 40) {
    who = { ...prev.who, speakerRule: 'shared-subject' };
  } else if (subj === null && who.speakerMention === null) {
    // "Novak cycled home on Monday and says ...", "He scolded X, mocked Y": a verb with no
    // subject of its own shares the subject of the sentence (speakerRule 'sentence-subject')
    who = sentenceSubject(ctx, cue.start) ?? NO_SPEAKER;
  }
  // a quote that runs from the cue to the sentence end is a direct quote: the strong reading
  const q = quoteNext ? ctx.speech.containing(start) ?? ctx.speech.openingFrom(start) : undefined;
  const whole = q !== undefined && q.open <= start + 2 && !/[\p{L}\p{N}]/u.test(text.slice(q.close, Math.min(contentEnd, q.close + 40)));
  // "Ann Lee is expected to win", "the plan was roundly condemned", "the cost seems too high": with no
  // one named as source, a passive or raising cue reports its whole clause, subject included
  const unclaimed = subj !== null && !quoteNext && start < sentence.end && who.speakerMention === null ? cueVoice(text, ss, cue) : 'active';
  if (subj !== null && unclaimed !== 'active' && !/^\s+by\b/i.test(text.slice(cue.end, cue.end + 4))) {
    // "The study was published in a journal": a document put out, no claim (lexicon/empty-contents.ts)
    if (PUBLISHING_VERBS.has(cue.lemma) && unclaimed === 'passive') return null;
    // "The car was found in a ditch": where something turned up, no claim (a finding has a clause: "found to")
    if (DISCOVERY_VERBS.has(cue.lemma) && !/^\s+(?:to|that)\s/i.test(text.slice(cue.end, cue.end + 6)) && unclaimed === 'passive') return null;
    // "It is understood that X": the placeholder's clause is the content ("Ana Ruiz is understood to
    // have signed X" keeps its subject: the raising form names who is reported on)
    const impersonal = unclaimed === 'passive' && /^\s*it\s*$/i.test(text.slice(subj.start, subj.end)) ? IMPERSONAL_THAT.exec(text.slice(cue.end, Math.min(contentEnd, cue.end + 64))) : null;
    if (impersonal !== null) return { start: cue.end + impersonal[0].length, end: contentEnd, cue, who: NO_SPEAKER, rule: 'impersonal-passive', sentence: ctx.index };
    return { start: subj.start, end: contentEnd, cue, who: NO_SPEAKER, rule: 'passive-clause', sentence: ctx.index };
  }
  // "Tom Fenn, who for a decade was described as shy, lost": the relative clause, pronoun included
  // (relative-clause.ts; its cheap look-behind first, the cue's voice only when a pronoun is there)
  if (subj === null && !quoteNext && start < sentence.end && !/^\s+by\b/i.test(text.slice(cue.end, cue.end + 4))) {
    const rel = relativeClause(text, ss, cue, contentEnd);
    const voice = rel !== null ? cueVoice(text, ss, cue) : 'active';
    if (rel !== null && voice !== 'active') return PUBLISHING_VERBS.has(cue.lemma) && voice === 'passive' ? null : { ...rel, cue, who: NO_SPEAKER, rule: 'passive-clause', sentence: ctx.index };
  }
  // "The closure was first disclosed by the Ledger.": a passive cue with its agent after "by" reports
  // its subject, and nothing after the agent is content (the speaker rules take the agent)
  if (subj !== null && !quoteNext && who.speakerRule === 'passive-agent' && AGENT_ENDS.test(text.slice(cue.end, contentEnd)) && cueVoice(text, ss, cue) === 'passive') {
    return { start: subj.start, end: stripAux(text, subj.start, cue.start), cue, who, rule: 'passive-agent-subject', sentence: ctx.index };
  }
  const rule = start >= sentence.end ? 'X-said-next-quote' : whole ? 'X-said-quote' : 'X-said-content';
  // "If the levy passes, she said, “we will all pay.”": a condition or time clause fronted before the
  // frame belongs to what was said, so the quote is partial from the sentence start (not "Asked
  // whether ..., she said, “...”": the question is the interviewer's)
  if (rule === 'X-said-quote' && subj !== null && !cue.text.endsWith(':')) {
    const lead = charBefore(text, ss, subj.start);
    if (lead.c === ',' && lead.at - ss <= 200 && FRONTED_CONDITION.test(text.slice(ss, lead.at))) return { start: ss, end: contentEnd, cue, who, rule: 'aside', sentence: ctx.index };
  }
  // "a rule which critics say is unfair", "the judge who she claims lied": the relative pronoun is the
  // reported clause's own subject or object, so the content runs from it, over speaker and cue
  // (but "which he called “a fair offer.”": words in marks that fill the rest are a direct quote)
  if (subj !== null && !whole && start < sentence.end && /^[\s,:]*$/.test(text.slice(cue.end, start)) && wordCount(text.slice(subj.start, subj.end)) <= 4) {
    const relative = OBJECT_RELATIVE.exec(text.slice(Math.max(ss, subj.start - 16), subj.start));
    // the words between pronoun and cue must be a subject ("who attended the rally said" is a
    // relative clause of its own, and "in which he said" relates to something else)
    // ("the plan, which voters want, is fair": the aside closes at the cue, and so does its content)
    const closed = /^\s*[,)—–]/.test(text.slice(cue.end, cue.end + 3));
    // ("The Board, which regulates utilities, said ...": a comma after the words closes the relative
    // clause, and the cue is the main verb)
    if (relative !== null && !relative[1] && !/[,;]/.test(text.slice(subj.end, cue.start)) && (PRONOUN_SUBJECT.test(text.slice(subj.start, subj.end)) || names(subj))) {
      const from = subj.start - relative[0].length;
      return { start: from, end: closed ? cue.end : asideEnd(text, from, cue.end, contentEnd), cue, who, rule: 'relative-content', sentence: ctx.index };
    }
  }
  return { start, end: contentEnd, cue, who, rule, sentence: ctx.index };
}
