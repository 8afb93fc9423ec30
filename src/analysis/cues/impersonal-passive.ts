// The impersonal passive, "it was reported", "it is thought": "it" holds the place of the clause reported, whose source
// is left unnamed ("It is understood that the club will appoint a coach", "It is thought the fire started in the
// kitchen"); and the complement that makes a passive participle a verb ("is thought to have started"). verb-reading.ts
// reads a noun-like form with such a complement as a verb; verb-gates.ts keeps the impersonal form as a cue only when
// its clause follows; quotes/content-after-passive.ts starts the content where that clause does.
import { alternation } from '../alternation.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { DAY_PARTS, TIME_UNITS } from '../../lexicon/time-words.js';
import { PLURAL_COUNT_WORDS } from '../../lexicon/number-words.js';

// "it was reported", "it is thought": an impersonal passive hedges; it names nobody (the "it" and "be" ending right
// before the participle)
const IT_BE_BEFORE = /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$/i;
// "that" right after the participle, or after a short time phrase ("was revealed on Tuesday that")
const IMPERSONAL_CLAUSE = /^(?:\s+(?:in|on|last|this|earlier|later)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?)?\s+that\s/u;
// the same clause with no "that" (British copy drops it: "It is understood two members abstained", "It is feared the
// toll will rise"): a subject opened by a determiner, a count or a capitalised word, a few words (no clause joiner or
// preposition but "of": "two members of the board"), then a finite auxiliary or a past verb. A time phrase before the
// subject is passed ("It was reported the same day the roof had collapsed"); one as the subject is no clause ("It was
// announced the day the factory closed"), nor a noun with "ever" before a participle ("the best bridge ever built"). Not an adverbial ("It was
// said with a smile", "It was reported in the local paper"), nor an aside ("The club, it is understood, will ...").
// Group 1 runs to the clause's subject.
const CLAUSE_WITHOUT_THAT = new RegExp(String.raw`^((?:\s+(?:on|last|earlier|later)\s+[\p{L}\d]+|\s+the\s+(?:same|following|next)\s+(?:${TIME_UNITS}|${DAY_PARTS}|weekend))?\s+)(?!(?:the|that)\s+(?:${TIME_UNITS}|${DAY_PARTS}|moment|time|weekend)\b)(?:the|a|an|his|her|its|their|this|these|those|some|many|most|several|more|fewer|${alternation(PLURAL_COUNT_WORDS)}|\d[\d,.]*|\p{Lu}[\p{L}'’.-]*)\s+(?:(?!(?:that|which|who|when|while|as|ever|and|but|or|if|because|before|after|until|since|for|from|with|in|on|at|by|to|into|during|about)\b)[\p{L}\d'’-]+(?:[,.]\d+)*\s+){0,5}?(?:${FINITE_AUXILIARY}|\p{Ll}+ed|${alternation(IRREGULAR_PASTS)})\b`, 'u');

/**
 * Where the reported clause of an impersonal passive starts in `after`, the text right after its participle: past
 * "that" or at the subject of a clause with no "that"; -1 when no clause follows.
 */
export function impersonalClauseStart(after: string): number {
  const that = IMPERSONAL_CLAUSE.exec(after);
  if (that !== null) return that[0].length;
  const bare = CLAUSE_WITHOUT_THAT.exec(after);
  return bare === null ? -1 : (bare[1] ?? '').length;
}

// "is thought to have started", "was claimed that": after "be", a participle with "to" or "that" is
// a passive verb, even when the form is also a noun ("a thought")
const PASSIVE_COMPLEMENT = /^\s+(?:to|that)\b/;

/**
 * Whether the participle from `at` to `end` (after a form of "be") has a passive's complement: "to" or "that" after it,
 * or after an impersonal "it" its clause with no "that" ("it is thought the fire started").
 */
export function passiveComplement(text: string, at: number, end: number): boolean {
  if (PASSIVE_COMPLEMENT.test(text.slice(end, end + 8))) return true;
  return (impersonalClause(text, at, end) ?? -1) >= 0;
}

/**
 * For a participle from `at` to `end` after an impersonal "it is", "it was": where its reported clause starts in the
 * text after it (impersonalClauseStart), -1 when none follows; null when no impersonal "it" stands before it.
 */
export function impersonalClause(text: string, at: number, end: number): number | null {
  if (!IT_BE_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return null;
  return impersonalClauseStart(text.slice(end, end + 120));
}
