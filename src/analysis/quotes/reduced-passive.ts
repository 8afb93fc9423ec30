// Passives with "be" left out, whose subject is no speaker: a listener-first participle before "to" and a verb in a
// headline ("Villagers told to boil water"), and a belief or naming participle after a comma (", expected to win",
// ", known as the long week"). Kept apart from cueVoice (speaker-voice.ts): the content stays what follows the cue.
import { LISTENER_FIRST_PARTICIPLES, REDUCED_PASSIVE_PARTICIPLES } from '../../lexicon/non-speaker-subjects.js';
import { LINKING_ADVERBS } from '../../lexicon/linking-adverbs.js';
import { alternation } from '../alternation.js';
import { NOUN_PHRASE_OPENERS } from '../../lexicon/noun-phrase-openers.js';
import { BETWEEN, wordsOf } from './speaker-voice.js';

// "to" and a verb right after a participle that needs its listener first ("told to leave"), not "to" and a
// noun phrase ("told to the court")
const NOT_A_VERB = alternation(NOUN_PHRASE_OPENERS);
const BARE_INFINITIVE_NEXT = new RegExp(String.raw`^\s+to\s+(?!(?:${NOT_A_VERB})\b)\p{Ll}`, 'u');

// what follows a reduced passive's participle: its infinitive or its name (with an agent after "by" the agent speaks)
const REDUCED_NEXT = /^\s+(?:to|as)\b/i;
// a comma right before the participle (an adverb of degree between), after a word that is no linking adverb
const REDUCED_COMMA = new RegExp(String.raw`(?<!\b(?:${alternation(LINKING_ADVERBS)})),\s*(?:(?:widely|long|generally|largely|once|still|now|best|better|well)\s+)?$`, 'i');

/**
 * "Villagers told to boil water": a listener-first participle ("told", "urged") right before "to" and a verb is a
 * passive with "be" left out (headline style), so its subject is the one told, no speaker. Apart from cueVoice on
 * purpose: the content stays the infinitive ("to boil water"), as for an active cue, not the passive's whole clause.
 */
export function listenerPassive(text: string, cue: { start: number; end: number }): boolean {
  return LISTENER_FIRST_PARTICIPLES.has(text.slice(cue.start, cue.end).toLowerCase()) && BARE_INFINITIVE_NEXT.test(text.slice(cue.end, cue.end + 24));
}

/**
 * ", expected to win", ", known as the long week": a belief or naming participle set off by a comma (an adverb of
 * degree between) right before "to" or "as" is a passive with "be" left out, its believers unnamed, so the
 * subject of the clause before is no speaker. Apart from cueVoice, as listenerPassive: the content stays what follows
 * the cue. Not after a linking adverb, where a subject stands before the comma ("Analysts, however, expected to").
 */
export function reducedPassive(text: string, lo: number, cue: { start: number; end: number }): boolean {
  const words = wordsOf(text.slice(cue.start, cue.end));
  const last = words.pop() ?? '';
  return REDUCED_PASSIVE_PARTICIPLES.has(last) && words.every((w) => BETWEEN.test(w)) && REDUCED_NEXT.test(text.slice(cue.end, cue.end + 6))
    && REDUCED_COMMA.test(text.slice(Math.max(lo, cue.start - 40), cue.start)) && !asideThenOwnVerb(text, lo, cue);
}

/**
 * "Lund, a former banker, expected to win the seat", "The mayor, in a statement, expected to ...": the comma closes an
 * aside after the subject, and with no comma or dash closing the participle's phrase before the sentence ends the
 * participle is that subject's own verb. A phrase closed in turn is set off ("Ruiz, 54, believed to be the richest
 * man in the province, said ...").
 */
function asideThenOwnVerb(text: string, lo: number, cue: { start: number; end: number }): boolean {
  const before = text.slice(lo, cue.start);
  const comma = before.lastIndexOf(',');
  return /[,—–]/.test(before.slice(0, comma)) && !/^[^,—–.!?;:]*[,—–]/.test(text.slice(cue.end, cue.end + 240));
}
