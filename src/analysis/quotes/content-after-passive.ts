// The passive and raising readings of a content after its verb cue: with no one named as source the cue reports
// its whole clause, subject included ("Ann Lee is expected to win", "It is understood that ..."), and with its
// agent after "by" it reports its subject ("The closure was disclosed by the Ledger."). content-after.ts asks
// this before it reads the clause after the cue as the content.
import type { Draft } from './draft.js';
import type { Ctx } from './cue-context.js';
import type { VerbReading } from './verb-cue.js';
import { stripAux } from './positions.js';
import { NO_SPEAKER, type SpeakerFields } from './speaker.js';
import { cueVoice, type Voice } from './speaker-voice.js';
import { relativeClause } from './relative-clause.js';
import { complementBeforeAgent } from './naming-passive.js';
import { coordinatedPassiveStart } from './coordinated-passive.js';
import { impersonalClauseStart } from '../cues/impersonal-passive.js';
import { AGENT_ONLY, DISCOVERY_VERBS, PUBLISHING_VERBS, TOLD_BY_ONLY } from '../../lexicon/empty-contents.js';
import { PASSIVE_LISTENER_VERBS } from '../../lexicon/listener-verbs.js';

// "by" and its agent (a few words, perhaps a time or place phrase before or after it) ending the clause
const AGENT_ENDS = /^\s+(?:(?:on|in|at|last|this|earlier|late|early)\s+(?:[^\s,;:“”"]+\s+){0,3}?)?by\s+(?:(?!(?:as|that|for|to|because|after|when|while|but)\b)[^\s,;:“”"]+\s*){1,8}?(?:(?:on|in|at|last|this|earlier)\s+[^,;:“”"]{1,30})?[\s.!?]*$/u;
// "It is understood that", "It was disclosed in June that", "it is widely known, officials say, that":
// the cue's "It" is a placeholder, and the adverbs or time phrase after the cue lead to the real subject,
// the "that" clause (bounded window: a few words, no sentence mark)
const IMPERSONAL_THAT = /^[\s,]+(?:[^.;:!?“”"]{0,50}?[\s,])?that\s+/;

/**
 * The passive reading of the cue in `r`, whose active content would run from `start` to `contentEnd` with speaker
 * `who`: a draft, null when the cue reports nothing (a document published, a thing found, one told with no words),
 * or undefined when no passive reading applies and the content after the cue stands.
 */
export function passiveContent(ctx: Ctx, r: VerbReading, start: number, contentEnd: number, who: SpeakerFields): Draft | null | undefined {
  const { s, sentence } = ctx;
  const { cue, subj, quoteNext } = r;
  const text = s.doc.text;
  const ss = sentence.start;
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
    // (or with no "that": "It is thought the fire started in the kitchen", cues/impersonal-passive.ts)
    const placeholder = unclaimed === 'passive' && /^\s*it\s*$/i.test(text.slice(subj.start, subj.end));
    const impersonal = placeholder ? IMPERSONAL_THAT.exec(text.slice(cue.end, Math.min(contentEnd, cue.end + 64))) : null;
    const bare = placeholder && impersonal === null ? impersonalClauseStart(text.slice(cue.end, contentEnd)) : -1;
    const from = impersonal !== null ? cue.end + impersonal[0].length : bare >= 0 ? cue.end + bare : -1;
    if (from >= 0) return { start: from, end: contentEnd, cue, who: NO_SPEAKER, rule: 'impersonal-passive', sentence: ctx.index };
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
  return undefined;
}
