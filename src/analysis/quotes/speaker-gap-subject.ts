// "a plan his aides said would fail", "a move unions warned would hit jobs", "in a move consumer groups warned would
// push ...", "a decision many fans said would cost the club": a relative clause on a noun whose gap is the subject of
// the reported clause. The cue is followed by that clause's verb with no subject of its own, so the cue's subject is
// the words right before it, not the noun the clause hangs on nor the sentence's subject.
import { isAdjective } from '../mentions/word-flags.js';
import { PLURAL_END, pluralEnding } from '../../lexicon/plurals.js';
import { DETERMINERS } from '../mentions/description-words.js';
import type { Range } from './positions.js';
import type { SpeakerFields } from './speaker-fields.js';

// the reported clause's verb right after the cue, with no subject: an auxiliary or modal ("said would fail", "say
// will hurt", "warned could cost", "said was wrong")
const SUBJECTLESS_CLAUSE = /^\s+(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have)\s+(?:not\s+|n't\s+)?\p{Ll}/u;
// the subject closing the phrase: a possessive or quantifier and a noun ("his aides", "many fans", "the club's fans"), a
// bare plural perhaps with a modifier ("unions", "consumer groups"), a name, or a pronoun; a prepositional phrase
// may follow it in group 2 ("voters with children", "nurses in the unit"), and the head before it speaks; an "of"
// phrase there is part of the subject ("members of the board": whose members, not where they are)
const SUBJECT_LAST = /(?:^|\s)((?:(?:his|her|its|their|our|my|the|many|some|most|several|few|other|both|(?:the\s+)?\p{Ll}[\p{L}-]*['’]s)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*|(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*s|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|he|she|they|we|I))(\s+(?:with|in|at|from|on|of)\s+(?:(?:the|a|an|his|her|its|their|our|my)\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)?$/u;
// a form of "be" right before the phrase: no noun for the clause to hang on before it
const COPULA_END = /\b(?:is|was|are|were|be|been|being)\s+$/;
// the noun the clause hangs on, before the subject: a determiner and a word or more, or a relative "that"/"which"
const ANTECEDENT_END = /(?:\b(?:that|which)|\p{Ll}[\p{L}-]*)\s+$/u;

/** The subject of a cue that opens a subject-gap relative clause, inside the phrase [start, end), or null. */
export function gapSubject(text: string, start: number, end: number, cueEnd: number): Range | null {
  if (!SUBJECTLESS_CLAUSE.test(text.slice(cueEnd, cueEnd + 24))) return null;
  const phrase = text.slice(start, end);
  const m = SUBJECT_LAST.exec(phrase);
  if (m === null) return null;
  const headEnd = end - (m[2]?.length ?? 0);
  const subjectEnd = m[2] !== undefined && /^\s+of\s/.test(m[2]) ? end : headEnd;
  let from = headEnd - m[1]!.length;
  // (the phrase may be the subject alone, after a relative "that" that ended it: "a move that unions warned")
  if (!ANTECEDENT_END.test(text.slice(from === start ? Math.max(0, start - 8) : start, from))) return null;
  const words = m[1]!.split(/\s+/);
  // "a lift that nurses said was unsafe": a relative "that" before a plural opens the clause; the plural is the subject
  if (words.length === 2 && /^(?:that|which)$/.test(words[0]!) && pluralEnding(words[1]!)) from += words.shift()!.length + 1;
  // after a copula the antecedent opens the phrase and the plural alone is the subject: "It was the storm forecasters
  // predicted would hit", "The vaccine was one doctors said had saved lives"
  const last = words[words.length - 1]!;
  if (words.length > 1 && COPULA_END.test(text.slice(start, from)) && /^\p{Ll}/u.test(last) && pluralEnding(last)) return { start: headEnd - last.length, end: subjectEnd };
  // a bare plural's modifier right after a determiner or an adjective is the antecedent's head: "a plan critics",
  // "a bold plan critics" (but "a move consumer groups": "consumer" follows the head)
  if (words.length === 2 && !DETERMINERS.has(words[0]!.toLowerCase()) && !/^(?:his|her|its|their|our|my)$/.test(words[0]!)) {
    const before = /(\S+)\s+$/.exec(text.slice(start, from))?.[1]?.toLowerCase() ?? '';
    if (DETERMINERS.has(before) || isAdjective(before)) from += words[0]!.length + 1;
  }
  return { start: from, end: subjectEnd };
}

// a bare plural of lower-case words ("unions", "consumer groups"): the mention stage read it with the noun before it
// ("a move unions"), so no mention of its own names it; with its "of" phrase the whole is the group ("members of the
// board")
const BARE_PLURAL = new RegExp(String.raw`^(?:\p{Ll}[\p{L}-]*\s+)?(?=\p{Ll})[\p{L}-]*${PLURAL_END}(?:\s+of\s+(?:(?:the|a|an|his|her|its|their|our|my)\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)?$`, 'u');

/** A gap subject that is a bare plural no mention names speaks as the group it names ("a move unions warned"). */
export function bareGroup(f: SpeakerFields): SpeakerFields {
  const m = f.speakerMention;
  return f.speaker === null && m !== null && BARE_PLURAL.test(m.text) ? { ...f, speaker: m.text, speakerKind: 'group' } : f;
}
