// A content AFTER its verb cue: "X said (that) CONTENT", "X said of the plan. “CONTENT”"
// (quote-after-tail.ts), and the readings where the clause holds its own subject (passive and raising
// cues with no named source, relative clauses, "which critics say is unfair": relative-content.ts).
import type { Draft } from './draft.js';
import { charBefore, type Ctx } from './cue-context.js';
import type { VerbReading } from './verb-cue.js';
import { rightStart } from './content-start.js';
import { stripAux } from './positions.js';
import { NO_SPEAKER, type SpeakerFields } from './speaker.js';
import { sentenceSubject, verbSpeaker } from './subjects.js';
import { cueVoice, reducedPassive, type Voice } from './speaker-voice.js';
import { relativeClause } from './relative-clause.js';
import { wordCount } from './text-utils.js';
import { quoteAfterTail } from './quote-after-tail.js';
import { relativeContent } from './relative-content.js';
import { coordinatedRelativeSubject } from './relative-subject.js';
import { gapRelative } from './gap-relative.js';
import { complementBeforeAgent } from './naming-passive.js';
import { AGENT_ONLY, CIRCUMSTANCE_CLAUSE, DISCOVERY_VERBS, PUBLISHING_VERBS, TOLD_BY_ONLY } from '../../lexicon/empty-contents.js';
import { PASSIVE_LISTENER_VERBS } from '../../lexicon/listener-verbs.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { alternation } from '../alternation.js';
import { frontedConditionStart } from './fronted-condition.js';
import { coordinatedPassiveStart } from './coordinated-passive.js';

// "by" and its agent (a few words, perhaps a time or place phrase before or after it) ending the clause
const AGENT_ENDS = /^\s+(?:(?:on|in|at|last|this|earlier|late|early)\s+(?:[^\s,;:“”"]+\s+){0,3}?)?by\s+(?:(?!(?:as|that|for|to|because|after|when|while|but)\b)[^\s,;:“”"]+\s*){1,8}?(?:(?:on|in|at|last|this|earlier)\s+[^,;:“”"]{1,30})?[\s.!?]*$/u;
// "and"/"or"/"nor" right after the cue, in lower case (a capital opens a sentence-like content)
const COORDINATED_AFTER = /^\s+(?:and|or|nor)\s/;
// a comma, then "which"/"who"/"whom"/"whose" opening a non-restrictive relative clause
const RELATIVE_AFTER_COMMA = /^\s*,\s*(?:which|who|whom|whose)\s/i;
// a name (perhaps after "the"), then at most a time or place phrase: the listener of "tell" alone
const LISTENER_ONLY = new RegExp(String.raw`^(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:\p{Lu}[\p{L}’'.&-]*|of|and))*(?:\s+(?:earlier|later|last|this|on|in|at|before|after|during|${WEEKDAYS})\b[^,;:“”"]{0,50})?$`, 'u');
// "It is understood that", "It was disclosed in June that", "it is widely known, officials say, that":
// the cue's "It" is a placeholder, and the adverbs or time phrase after the cue lead to the real subject,
// the "that" clause (bounded window: a few words, no sentence mark)
const IMPERSONAL_THAT = /^[\s,]+(?:[^.;:!?“”"]{0,50}?[\s,])?that\s+/;

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
  // (the tail is an adverbial or nothing: "said of the plan", "wrote on Monday"; quote-after-tail.ts)
  const next = quoteAfterTail(ctx, cue, start, end);
  if (next !== null) {
    start = next.open;
    contentEnd = next.close;
  }
  // "the $2 million analysts had expected": the cue's object is the noun before its subject (gap-relative.ts)
  const gapped = subj !== null && !quoteNext ? gapRelative(text, ss, cue, end) : null;
  if (gapped === null && wordCount(text.slice(start, Math.min(contentEnd, start + 40))) === 0) return null;
  // "The clause to which Ana Lind was pointing, which her deputy drafted, ...": a comma and a relative
  // pronoun after the cue open a clause on the noun before it, not a reported clause
  if (gapped === null && RELATIVE_AFTER_COMMA.test(text.slice(cue.end, Math.min(end, cue.end + 12)))) return null;
  // "told Reuters.", "told the Courier on Monday.": the one told and when, with no clause, is no content
  // (not after "what X told Reuters": the free relative is the content, gap-relative.ts)
  if (gapped === null && cue.lemma === 'tell' && contentEnd - start <= 80 && LISTENER_ONLY.test(text.slice(start, contentEnd).replace(/[\s.!?]+$/, ''))) return null;
  // "apologised after its account posted a cartoon": when or why, not what (lexicon/empty-contents.ts)
  if (contentEnd - start <= 200 && CIRCUMSTANCE_CLAUSE.test(text.slice(start, contentEnd).replace(/[\s.!?]+$/, ''))) return null;
  // "X wants to respond ...": an infinitive's speaker is the subject of the sentence
  const infinitive = /^to\s/i.test(cue.text) || /\bto\s+$/i.test(text.slice(Math.max(ss, cue.start - 4), cue.start));
  // who speaks for the cue (passive, raising, infinitive, relative): SPEAKERS' verbSpeaker decides
  let who: SpeakerFields = verbSpeaker(ctx, cue, subj, infinitive);
  const coordinated = /\b(?:and|but)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(ss, cue.start - 20), cue.start));
  // "..., the Greens, who hold 14 seats and have threatened to abstain": a verb coordinated inside a relative clause
  // shares the relative pronoun (its antecedent speaks), not the subject of the draft before it
  const relative = subj === null && who.speakerMention === null ? coordinatedRelativeSubject(ctx, stripAux(text, ss, cue.start), cueVoice(text, ss, cue)) : null;
  if (relative !== null) who = relative;
  // "She said A and said B": a coordinated verb shares the subject
  else if (subj === null && coordinated && prev !== undefined && prev.sentence === ctx.index && cue.start - prev.end < 40) {
    who = { ...prev.who, speakerRule: 'shared-subject' };
  } else if (subj === null && who.speakerMention === null && !reducedPassive(text, ss, cue)) {
    // "Novak cycled home on Monday and says ...", "He scolded X, mocked Y": a verb with no
    // subject of its own shares the subject of the sentence (speakerRule 'sentence-subject'),
    // but ", expected to win" is a passive whose believers go unnamed
    who = sentenceSubject(ctx, cue.start) ?? NO_SPEAKER;
  }
  if (gapped !== null) return { ...gapped, cue, who, rule: 'gap-relative', sentence: ctx.index };
  // a quote that runs from the cue to the sentence end is a direct quote: the strong reading
  const q = quoteNext ? ctx.speech.containing(start) ?? ctx.speech.openingFrom(start) : undefined;
  const whole = q !== undefined && q.open <= start + 2 && !/[\p{L}\p{N}]/u.test(text.slice(q.close, Math.min(contentEnd, q.close + 40)));
  // "Ann Lee is expected to win", "the plan was roundly condemned", "the cost seems too high": with no
  // one named as source, a passive or raising cue reports its whole clause, subject included
  // the cue's voice, worked out once and only when a rule below needs it
  let voice: Voice | undefined;
  const voiceOf = (): Voice => (voice ??= cueVoice(text, ss, cue));
  const unclaimed = subj !== null && !quoteNext && start < sentence.end && who.speakerMention === null ? voiceOf() : 'active';
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
  // "Ivo Berg had the longer record, but was seen as stiff": a sourceless passive sharing the subject of the verb
  // before it reports the whole clause, as above (coordinated-passive.ts)
  if (subj === null && !quoteNext && start < sentence.end && who.speakerMention === null && !/^\s+by\b/i.test(text.slice(cue.end, cue.end + 4))) {
    const from = coordinatedPassiveStart(ctx, cue);
    if (from >= 0 && voiceOf() !== 'active') return { start: from, end: contentEnd, cue, who: NO_SPEAKER, rule: 'passive-clause', sentence: ctx.index };
  }
  // "Tom Fenn, who for a decade was described as shy, lost": the relative clause, pronoun included
  // (relative-clause.ts; its cheap look-behind first, the cue's voice only when a pronoun is there)
  if (subj === null && !quoteNext && start < sentence.end && !/^\s+by\b/i.test(text.slice(cue.end, cue.end + 4))) {
    const rel = relativeClause(text, ss, cue, contentEnd);
    const relVoice = rel !== null ? voiceOf() : 'active';
    if (rel !== null && relVoice !== 'active') return PUBLISHING_VERBS.has(cue.lemma) && relVoice === 'passive' ? null : { ...rel, cue, who: NO_SPEAKER, rule: 'passive-clause', sentence: ctx.index };
  }
  // "The closure was first disclosed by the Ledger.": a passive cue with its agent after "by" reports
  // its subject, and nothing after the agent is content (the speaker rules take the agent)
  const agentSubject = (from: number): Draft => ({ start: from, end: stripAux(text, from, cue.start), cue, who, rule: 'passive-agent-subject', sentence: ctx.index });
  // a verb of telling with only its agent ("Tallow was advised by Reed & Co.", "the crew was warned by the harbour
  // master"): the subject is the one told, and nothing told is reported (lexicon/empty-contents.ts)
  if (!quoteNext && PASSIVE_LISTENER_VERBS.has(cue.lemma) && TOLD_BY_ONLY.test(text.slice(cue.end, contentEnd)) && voiceOf() === 'passive') return null;
  // (a verb of telling goes on past its agent: "was told by officials the pier would close" reports no subject)
  if (subj !== null && !quoteNext && who.speakerRule === 'passive-agent' && !PASSIVE_LISTENER_VERBS.has(cue.lemma) && AGENT_ENDS.test(text.slice(cue.end, contentEnd)) && voiceOf() === 'passive') {
    return agentSubject(subj.start);
  }
  // "Raw milk is considered unsafe by health officials": the subject, cue and complement are the agent's view
  // (naming-passive.ts)
  const namedEnd = subj !== null && !quoteNext && who.speakerRule === 'passive-agent' ? complementBeforeAgent(text, cue, contentEnd) : null;
  if (namedEnd !== null && subj !== null && voiceOf() === 'passive') {
    return { start: subj.start, end: namedEnd, cue, who, rule: 'passive-named-subject', sentence: ctx.index };
  }
  // "was also backed the next day by X, ...", "which was claimed by a hacking group": a passive cue whose
  // content would be only its agent (lexicon/empty-contents.ts) reports its subject, as above, or nothing
  // when the subject is a relative pronoun; cheap test first, the cue's voice only then
  if (!quoteNext && contentEnd - start <= 240 && !PASSIVE_LISTENER_VERBS.has(cue.lemma) && AGENT_ONLY.test(text.slice(start, contentEnd).replace(/[\s.!?]+$/, '')) && voiceOf() === 'passive') {
    return subj === null ? null : agentSubject(subj.start);
  }
  const rule = start >= sentence.end ? 'X-said-next-quote' : whole ? 'X-said-quote' : 'X-said-content';
  // a fronted condition before the frame belongs to what was said ("If the levy passes, she said, “we will all
  // pay.”", "Even if the dam holds, the engineer said the town must move": fronted-condition.ts)
  if ((rule === 'X-said-quote' || rule === 'X-said-content') && subj !== null && !cue.text.endsWith(':')) {
    const lead = charBefore(text, ss, subj.start);
    const from = lead.c === ',' ? frontedConditionStart(text.slice(ss, lead.at), ss, rule === 'X-said-quote' ? 'quote' : 'content', cue.lemma, text.slice(cue.end, cue.end + 2)) : -1;
    if (from >= 0) return { start: from, end: contentEnd, cue, who, rule: 'aside', sentence: ctx.index };
  }
  // "a rule which critics say is unfair", "the judge who she claims lied": the content runs from the
  // relative pronoun, over speaker and cue (relative-content.ts)
  // (but "which he called “a fair offer.”": words in marks that fill the rest are a direct quote)
  if (subj !== null && !whole && start < sentence.end) {
    const relative = relativeContent(ctx, cue, subj, names, start, contentEnd, who);
    if (relative !== null) return relative;
  }
  return { start, end: contentEnd, cue, who, rule, sentence: ctx.index };
}
