// Adverbials set off by commas between a cue and its "that": "said, in a statement, that ...", "admitted on Sunday, in a
// radio interview, that ...", "conceded, somewhat reluctantly, that ...". They tell where, when or how it was said, so
// they are no part of what was said; the content starts after the "that" (content-start.ts asks this first).
import { alternation } from '../alternation.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { NAMING_ASIDE } from './naming-aside.js';
import { VERDICT_ON_ACT } from '../../lexicon/verdict-nouns.js';

// what opens one such adverbial: a preposition of place, time, manner, medium or measure ("by its own count"), a time
// word, or an adverb in -ly
const OPENERS = alternation([
  'in', 'on', 'at', 'during', 'with', 'without', 'after', 'before', 'for', 'from', 'via', 'through', 'over', 'under',
  'outside', 'inside', 'near', 'behind', 'across', 'throughout', 'amid', 'following', 'last', 'this', 'yesterday',
  'today', 'earlier', 'later', 'recently', 'again', 'also', 'once', 'twice', 'by',
]);
// one adverbial: its opener, then words with no clause in them (no verb, no relative word, no quote), up to its end ("at
// least 40 people died, that ..." is a clause: no past form either); or an adverb in -ly, perhaps after a word of degree
const WORD = String.raw`(?!(?:${FINITE_AUXILIARY}|${alternation(IRREGULAR_PASTS)}|\p{Ll}+ed|that|which|who|whom|whose|where|when|and|but|or)\b)[\p{L}\p{N}’'.&-]+`;
const DEGREE = 'somewhat|rather|very|quite|most|more|less|so|too|fairly|almost|only';
const ADVERB = String.raw`(?:(?:${DEGREE})\s+)?(?!(?:family|rally|supply|reply|assembly|ally|only)\b)\p{Ll}{2,}ly`;
// (or a naming aside, "in what it called a final offer": naming-aside.ts)
// (or the writer's verdict on the act, "in a move welcomed by doctors", "in what was a rare apology", with no comma or quote
// in it: lexicon/verdict-nouns.ts)
const VERDICT = String.raw`${VERDICT_ON_ACT}[^,;:.!?“”"()]{1,60}`;
// ("even" may stand before the opener: "reports, even by cautious estimates, that")
const ADVERBIAL = String.raw`(?:${NAMING_ASIDE}|${VERDICT}|(?:even\s+)?(?!at\s+(?:least|most)\b)(?:${OPENERS}|${WEEKDAYS})\b(?:\s+${WORD}){0,7}|${ADVERB})`;
// one to three of them, at least one comma among them, and the comma before "that" (the window may open at the comma after
// a medium the cue context left out: "admitted on tape, in a flat voice, that")
// (a naming aside's comma may stand inside its closing mark: "said, in what fans called “a betrayal,” that")
const ADVERBIALS_THEN_THAT = new RegExp(String.raw`^(?:,\s*)?${ADVERBIAL}(?:,\s*${ADVERBIAL}){0,2}(?:,|(?<=,[”"’']))\s*(?=that\s)`, 'u');

/** How many characters of adverbials and their commas open `window` (the text right after the cue) before its "that",
 *  or 0 where it opens otherwise. */
export function adverbialsBeforeThat(window: string): number {
  return ADVERBIALS_THEN_THAT.exec(window)?.[0].length ?? 0;
}
