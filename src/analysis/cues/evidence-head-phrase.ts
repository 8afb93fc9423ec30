// "Polls in the state show Ruiz ahead", "Records reviewed by the paper show the firm delayed the recall": a bare
// evidence form ("show", "shows" being also a noun) after a plural evidence noun that opens its sentence and a short
// postmodifier (a phrase of source or place, or a participle with its "by" agent) is that noun's verb when an object or
// a clause follows. The word right before it ("the state", "the paper") made it look like a compound noun ("the state
// show"), but the sentence has no verb yet. Not after a phrase of topic ("Reports on the reality show ...", "Polls of
// the talk show ..."), whose object the form may end.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { COLLECTIVE_NOUNS, EVIDENCE_NOUNS, MASS_RECORD_NOUNS, SHOW_KINDS } from '../../lexicon/cue-contexts.js';
import { PAST_PARTICIPLE } from '../../lexicon/past-forms.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { TIME_ADJUNCT_NEXT } from '../../lexicon/time-words.js';
import { pluralEnding } from '../../lexicon/plurals.js';
import { PLURAL_COUNT_WORDS } from '../../lexicon/number-words.js';
import { alternation } from '../alternation.js';

const PLACE_OR_TIME = String.raw`(?:online|locally|(?:on[ \t]+)?${WEEKDAYS}|today|yesterday|(?:last|this)[ \t]+(?:week|month|year))`;
// the sentence's opening, up to two modifiers, the plural head (group 1), then a participle with "by" or a preposition of
// place or time, or a preposition of source or place alone, and up to four words ending right before the form
// (or a participle with only a place or time adverb after it: "Photos posted online show ...", "Records released Monday show ...")
const OPENING_EVIDENCE_PHRASE = new RegExp(String.raw`(?:^|[.!?]["”’']?[ \t]+|\n[ \t]*)(?:[\p{L}-]+[ \t]+){0,2}?(\p{L}\p{Ll}+)[ \t]+(?:(?:${PAST_PARTICIPLE}[ \t]+(?:by|in|at|from|during)|from|by|in|at|across)[ \t]+(?:[\p{L}\p{N}.’'&-]+[ \t]+){1,4}|${PAST_PARTICIPLE}[ \t]+${PLACE_OR_TIME}[ \t]+)$`, 'u');
// pictures and recordings show what they caught as records do, outside the evidence nouns (the sources stage names
// no figure's source by them)
const VISUAL_RECORDS = new Set(['photos', 'photographs', 'images', 'pictures', 'videos', 'footage', 'recordings']);
// an object or a clause after the form: a determiner or a count, "that", a pronoun or a capitalised name
const OBJECT_OR_CLAUSE_NEXT = new RegExp(String.raw`^[ \t]+(?:that|the|a|an|its|his|her|their|some|most|many|more|no|he|she|they|it|several|${alternation([...PLURAL_COUNT_WORDS, 'dozens', 'hundreds', 'thousands'])}|\p{N}[\p{N},.]*|\p{Lu}[\p{L}’'-]*)\b`, 'u');
// or a clause whose subject is a bare noun or a figure, one or two words before a finite verb: "Figures from the
// ministry show prices rose", "Data from the agency show hospital admissions were falling", "show 4,000 jobs went"
// (the subject's last word in group 1, the verb in group 2; the shortest subject first, so that the verb checked is the first)
const BARE_CLAUSE_NEXT = /^[ \t]+(?:[\p{Ll}\p{N}][\p{L}\p{N},.’'-]*[ \t]+)??([\p{Ll}\p{N}][\p{L}\p{N},.’'-]*)[ \t]+(\p{Ll}+ed|was|were|is|are|has|have|had|will|would|could|can|may|might|rose|fell|grew|went|sank|hit|remain|remains)\b/u;
const PLURAL_VERB = /^(?:were|are|have|remain)$/;
const SINGULAR_VERB = /^(?:was|is|has|remains)$/;

/**
 * Whether the bare subject's last word agrees with the verb after it. A verb that agrees only with the plural head
 * ("Reports from the trade show floor were upbeat", "Data from the game show contestants was leaked") makes "show" the
 * end of a compound noun, not the head's verb. Figures and collective nouns ("staff", "police") take either number.
 */
function agrees(word: string, verb: string): boolean {
  if (/\p{N}/u.test(word) || COLLECTIVE_NOUNS.has(word)) return true;
  const plural = pluralEnding(word);
  return PLURAL_VERB.test(verb) ? plural : !(SINGULAR_VERB.test(verb) && plural);
}

/** Whether a bare evidence form is the verb of a sentence-opening plural evidence noun and its postmodifier. */
export function evidenceHeadPhrase(text: string, w: SpeechWord): boolean {
  const bare = w.word === w.form.lemma;
  if (w.form.group !== 'evidence' || !(bare || w.word === `${w.form.lemma}s`)) return false;
  // ("Figures from the boat show organizers were released": a kind of show before it makes the form a compound's noun)
  if (w.form.lemma === 'show' && SHOW_KINDS.has(w.before)) return false;
  const head = OPENING_EVIDENCE_PHRASE.exec(text.slice(Math.max(0, w.start - 90), w.start))?.[1]?.toLowerCase();
  if (head === undefined) return false;
  if (!bare ? !MASS_RECORD_NOUNS.has(head) : !(VISUAL_RECORDS.has(head) || ((pluralEnding(head) || head === 'data') && EVIDENCE_NOUNS.has(head)))) return false;
  const after = text.slice(w.end, w.end + 40);
  if (OBJECT_OR_CLAUSE_NEXT.test(after)) return true;
  const [, word, verb] = BARE_CLAUSE_NEXT.exec(after) ?? [];
  // (a time right after the form is the adjunct of a compound noun, no clause's subject: "the boat show this year was")
  return word !== undefined && verb !== undefined && !TIME_ADJUNCT_NEXT.test(after) && agrees(word.toLowerCase(), verb);
}
