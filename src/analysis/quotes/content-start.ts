// Where the content right of a cue starts: after "that", after the one told ("told reporters the
// bridge was safe"), after a leading adverbial or a listener before a colon.
import type { Cue } from '../../types.js';
import { afterBlanks, isSpace, wordCount } from './text-utils.js';
import { SPOKEN_MEDIUM_ON } from '../cues/verb-mediums.js';
import { cueWindow } from './content-start-window.js';
import { adverbialsBeforeThat } from './content-start-adverbials.js';
import { thatOpensClause } from './that-object.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { DAY_PARTS, RELATIVE_DAYS } from '../../lexicon/time-words.js';
import { ACTIVE_LISTENER_VERBS, OBJECT_LISTENER_VERBS } from '../../lexicon/listener-verbs.js';
import { PLACE_PHRASE_PREPOSITIONS, PREPOSITION_IDIOM_NOUNS } from '../../lexicon/prepositions.js';
import { alternation } from '../alternation.js';
import { OCCASION_BEFORE_PRONOUN, PAST_VERB } from './occasion-phrase.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { COUNT_WORDS, SCALE_WORDS } from '../../lexicon/number-words.js';
import { PLURAL_END } from '../../lexicon/plurals.js';
import { OBJECT_PRONOUNS, PURE_OBJECT_PRONOUNS, REFERRING_SUBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { LINKING_ADVERBS } from '../../lexicon/linking-adverbs.js';
import { latin1Twin } from '../latin1-twin.js';
import { SPEECH_NOUNS } from '../../lexicon/speech-nouns.js';
import { BARE_NEWS_NOUNS, FRAMING_CLAUSE_NOUNS, UNHELD_CLAUSE_NOUNS } from '../../lexicon/unheld-report-nouns.js';

// an object pronoun before anything but a preposition or a question word; or a short noun phrase
// before a subject pronoun ("reporters he", "the crowd they")
// (the subject pronouns that can open the reported clause: 'you' is generic)
const REFERRING = alternation(REFERRING_SUBJECT_PRONOUNS);
const LISTENER = new RegExp(String.raw`^(?:(?:${alternation(PURE_OBJECT_PRONOUNS)})\s+(?!(?:to|that|about|of|on|in|how|what|why|when|where|whether|if|so|and|or)\b)|(?:(?!(?:to|not|of|out|up|off|be|been|is|was|are|were|that|this|what|who|which|and|or|but)\s)[\p{L}\p{N}’'.&-]+\s+){1,4}?(?=(?:${REFERRING}|there)(?:\s+(?!to\b)|['’](?:s|d|ll|re|ve|m)\s)))`, 'u');
// a listener (a name, a plural, a noun with its article; a time phrase may follow) and then the reported
// clause's subject, an article's noun or a name, with a finite verb within four words: "told investors the
// company would cut costs", "told the Herald the results were striking" ("told the story of the flood" has
// no such verb and keeps its object)
const FINITE_SOON = String.raw`\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${FINITE_AUXILIARY})\s`;
// (after a listener verb, whose object is no content anyway, a lexical finite verb counts too: "told reporters the
// company lost money", "told the board the district faces a deficit"; a determiner's subject needs a noun before it)
const PAST_FORM = String.raw`(?:\p{Ll}{2,}ed|${alternation(IRREGULAR_PASTS)})`;
const LEXICAL_FINITE = String.raw`(?:${PAST_FORM}|\p{Ll}{2,}[^\sus’']s)\s`;
const FINITE_OR_LEXICAL_SOON = String.raw`(?:${FINITE_SOON}|\s+(?:[\p{L}’'-]+\s+){1,2}?${LEXICAL_FINITE})`;
// (the listener never ends in a preposition, a determiner or a number: what follows is the listener's own noun, "told residents of
// three Tarn Valley towns to leave", not the reported clause's subject; nor does a name subject start inside a listener
// that an article opens: "told the Tarn Guild the hall would close" is one name, while "told Reuters Ida Strand would run"
// names two)
const LISTENER_TAIL = String.raw`(?<!\b(?:of|for|from|with|by|about|among|across|the|a|an|his|her|their|its|our|my|your|\p{N}+|${alternation([...COUNT_WORDS, ...Object.keys(SCALE_WORDS)])})\s+)`;
const LISTENER_BEFORE_SUBJECT = latin1Twin(new RegExp(String.raw`^(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?(?:(?!(?:to|not|that|this|these|those|what|who|which|where|whether|how|why|when|and|or|but|if|on|in|at|last|next|${WEEKDAYS})\s)[\p{L}\p{N}’'.&-]+\s+){1,3}?${LISTENER_TAIL}(?:(?:on|this|last|next)\s+\p{L}+\s+|(?:${WEEKDAYS}|${RELATIVE_DAYS})\s+)?(?=(?:the|a|an|his|her|its|their|these|those|${REFERRING}|there|(?<!\b(?:the|a|an)\s+(?:\p{Lu}[\p{L}’'.&-]*\s+){1,3})(?!(?:${WEEKDAYS})\s)\p{Lu}[\p{L}’'.-]*)${FINITE_OR_LEXICAL_SOON})`, 'u'));
// a listener ending in a plural, then a bare plural subject right before a past or an auxiliary: "told reporters police
// arrested two men", "told parents schools had reopened" (a plural takes no -s verb; after a singular the two nouns may be one
// compound, "told staff members had ...", so that is left alone; tried after the readings above)
const PLURAL_SUBJECT = String.raw`(?:police|people|\p{Ll}{3,}${PLURAL_END})\s+(?:(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|do)\s|${PAST_FORM}\s)`;
const LISTENER_BEFORE_PLURAL_SUBJECT = new RegExp(String.raw`^(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?(?:(?!(?:to|not|that|this|these|those|what|who|which|where|whether|how|why|when|and|or|but|if|on|in|at|of|for|with)\s)[\p{L}\p{N}’'.&-]+\s+){0,2}?(?:people|\p{Ll}{3,}${PLURAL_END})\s+(?=${PLURAL_SUBJECT})`, 'u');
// a listener named by a run of capitalised words, then a subject that opens in lower case: the whole run is
// the listener ("told The Tarnby Courier the pier would close", "told Radio Vestby News it would"; the lazy
// reading above would stop after its first word and take the rest of the name for the subject)
// (with its Latin-1 twin, latin1-twin.ts: costly to compile for two-byte text)
const NAMED_LISTENER_BEFORE_SUBJECT = latin1Twin(new RegExp(String.raw`^(?:The\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,4}\s+(?=(?:the|a|an|his|her|its|their|these|those|${REFERRING}|there)${FINITE_OR_LEXICAL_SOON})`, 'u'));
// a time phrase right after the cue, then the reported clause's subject and a finite verb within four
// words: "said on Tuesday the road would close", "said last week profits would fall", "said late on Friday the
// pier had shut" (the time is when it was said, as with "that" after it), or a subject pronoun and its past verb
// ("said on Monday she understood the anger": occasion-phrase.ts)
const TIME_BEFORE_SUBJECT = new RegExp(String.raw`^(?:(?:late|early)\s+(?=on\s))?(?:(?:on|last|this|next|late|early|earlier)\s+)?(?:${WEEKDAYS}|week|month|year|${DAY_PARTS}|${RELATIVE_DAYS})(?:\s+(?:${DAY_PARTS}))?,?\s+(?=(?!(?:to|that|and|but|or|in|on|at|for|of|with)\s)\p{L}[\p{L}’'.-]*\s+(?:[\p{L}’'-]+\s+){0,3}?(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do)\s|(?:${REFERRING})\s+${PAST_VERB})`, 'u');
// a place or occasion phrase after the cue (a preposition that takes no clause, and up to six words), then
// the reported clause's subject (an article, a possessive or a subject pronoun) and a
// finite verb within four words: "said at a rally the ferry would run", "said during a visit to the port the
// pier would close"; a listener may come first after "told" ("told a news conference in Oslo the ...").
// ("said after the meeting was over" has no subject after its phrase; "in which he said" is a relative clause;
// a capitalised subject is not read: a name in the phrase would run into it)
const PLACE_WORD = String.raw`(?!(?:that|which|whom|whose|what|where|when|who|${REFERRING}|and|or|but)\s|to\s+(?!(?:the|a|an|his|her|its|their|\p{Lu})))[\p{L}\p{N}’'.-]+`;
const PLACE_PHRASE = String.raw`,?\s*(?:${alternation(PLACE_PHRASE_PREPOSITIONS)})\s+(?!(?:${alternation(PREPOSITION_IDIOM_NOUNS)})\b)(?:${PLACE_WORD}\s+){0,5}?(?!(?:to|of|for|with|from|at|in|on|by|the|a|an|his|her|its|their)\s)${PLACE_WORD},?\s+(?=(?:the|a|an|his|her|its|their|these|those|${REFERRING}|there)${FINITE_SOON})`;
const PLACE_BEFORE_SUBJECT = new RegExp(`^${PLACE_PHRASE}`, 'u');
const LISTENER_PLACE_BEFORE_SUBJECT = latin1Twin(new RegExp(String.raw`^(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:(?!(?:to|not|that|this|what|who|which|and|or|but|if|on|in|at)\s)[\p{L}\p{N}’'.&-]+\s+){1,3}?${PLACE_PHRASE}`, 'u'));
// an occasion opened by "after"/"before" and then the reported clause's pronoun subject (occasion-phrase.ts), after the
// cue or the one told
const OCCASION_BEFORE_SUBJECT = new RegExp(`^${OCCASION_BEFORE_PRONOUN}`, 'u');
const LISTENER_OCCASION_BEFORE_SUBJECT = latin1Twin(new RegExp(String.raw`^(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:(?!(?:to|not|that|this|what|who|which|and|or|but|if|on|in|at|after|before|following)\s)[\p{L}\p{N}’'.&-]+\s+){1,3}?${OCCASION_BEFORE_PRONOUN}`, 'u'));
// a listener and place or time phrases: a preposition that takes no clause, no verb, relative or conjunction
const PLACED_LISTENER = /^(?!.*\b(?:which|who|whom|is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|and|or|but)\b)(?=.*\s(?:at|in|on|during|near|outside|inside|via|through)\s)[^,;:“”"]*$/;
const PAST_OR_ING = /\b\p{Ll}+(?:ed|ing)\b/u;
// an object pronoun or a name before a question word ("asked her why", "asked Tom Fenn whether")
const ASKED_LISTENER = new RegExp(String.raw`^(?:${alternation(OBJECT_PRONOUNS)}|(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}?)\s*(?=(?:what|why|how|when|where|whether|if|who|which)\s)`, 'u');
const CUE_ENDS_IN_PREPOSITION = /\s(?:on|in|at|via|through|over)$/i;
const CLAUSE_NOUN_LAST = new RegExp(String.raw`(?:^|\s)(?:${alternation([...SPEECH_NOUNS, ...UNHELD_CLAUSE_NOUNS, ...BARE_NEWS_NOUNS, ...FRAMING_CLAUSE_NOUNS])})\s*$`, 'i');
// a few words ending in a colon right before an opening mark
const COLON_QUOTE = /^[^,.;:“”"‘’]{1,60}:\s*(?=[“"‘])/;
// a linking adverb and its comma ("however,", "though,", "in turn,")
const LINKING_ADVERB = new RegExp(String.raw`^(?:${alternation(LINKING_ADVERBS)})\s*,\s*`, 'i');
// a few words ending in a comma right before an opening mark
// (not a relative clause before the comma: "told about a friend who wrote, “...”")
const LISTENER_COMMA_QUOTE = /^(?![^,]*\b(?:who|which|that)\b)[^,.;:“”"‘’]{1,40},\s*(?=[“"‘]|'')/;
// a time, place or manner phrase (or a focus adverb) opening the words after the cue
// (the hour of the day before a date, "said late on Wednesday that", "early Friday that"; not an adjective before a
// noun, "said early results showed that")
const LEADING_ADVERBIAL = new RegExp(String.raw`^(?:(?:late|early)\s+(?=(?:on|in|this|last|${WEEKDAYS}|${RELATIVE_DAYS})\b)|only|simply|merely|just|in|on|at|during|to|with|after|before|for|from|via|through|over|about|outside|inside|near|behind|across|around|throughout|amid|following|last|this|${WEEKDAYS}|Mon|yesterday|today|earlier|later|recently|repeatedly|again|also|publicly|privately|then)\b`, '');

// ("vowed to scrap every contract that ...": "to", a verb and its object's determiner is an infinitive, whose
// object the "that" clause qualifies, not a listener or a place)
// (or a demonstrative and its noun: "plans to test that idea next year"; not the complementizer before a
// clause's subject, "to ensure that the ferry runs", "to admit that not all ...")
const INFINITIVE_OBJECT = new RegExp(String.raw`^to\s+\p{Ll}+\s+(?:(?:any|the|a|an|his|her|their|its|our|all|every|no|some|more|new|this|these|those)\s|that\s+(?!(?:not|no|the|a|an|${alternation(SUBJECT_PRONOUNS)}|there|his|her|their|its|our|all|some|many|most|this|these|those|if|when|while|because|once)\s)\p{Ll}+\s)`, 'u');

/** Where the content right of a cue starts: after "that", an object of "tell", or a leading adverbial. */
export function rightStart(text: string, cue: Cue, end: number): number {
  let i = cue.end;
  while (i < end && (isSpace(text[i]) || text[i] === ',' || text[i] === ':')) i++;
  // "cautioned, however, that ...": a linking adverb between commas is the writer's, not the content's
  const linking = LINKING_ADVERB.exec(text.slice(i, Math.min(end, i + 24)));
  if (linking !== null && /,\s*$/.test(text.slice(Math.max(cue.end, i - 3), i))) i += linking[0].length;
  // "complained on camera about the fare", "joked on stage that ...": the medium spoken on is no part of the content
  // (cues/verb-mediums.ts SPOKEN_MEDIUM_ON; the cue leaves its "on" out there)
  const medium = SPOKEN_MEDIUM_ON.exec(text.slice(i - 1, Math.min(end, i + 40)));
  if (medium !== null && i - 1 + medium[0].length < end) i = afterBlanks(text, i - 1 + medium[0].length);
  // (the asides that are no clause mark blanked: a hedge, a speaker's, a naming one, content-start-window.ts)
  const window = cueWindow(text, i, end);
  const that = /^(?:[^,.;“”"]{0,80}?\s)?that\s/.exec(window);
  // ("I understand that argument.", "say that is not enough": no "that" clause, that-object.ts)
  // (adverbials between commas may stand before it, "said, in a statement, that": content-start-adverbials.ts)
  const adverbials = adverbialsBeforeThat(window);
  const fromThat = window.slice(adverbials);
  if (thatOpensClause(fromThat)) return i + adverbials + 5;
  // "told the crowd: “...”", "said on Monday: “...”": a listener or adverbial, then the quote after its colon
  const colon = COLON_QUOTE.exec(window);
  // (an object before the colon is content: "praised the plan: “...”")
  if (colon !== null && wordCount(colon[0]) <= 6 && (OBJECT_LISTENER_VERBS.has(cue.lemma) || LEADING_ADVERBIAL.test(window))) return i + colon[0].length;
  // "told reporters, “...”", "told me, ''...''": the listener, a comma, then the quote
  const listenerComma = OBJECT_LISTENER_VERBS.has(cue.lemma) ? LISTENER_COMMA_QUOTE.exec(window) : null;
  if (listenerComma !== null && wordCount(listenerComma[0]) <= 4) return i + listenerComma[0].length;
  // the words before "that" must be a short object or adverbial ("told reporters that"), not a noun
  // with a relative clause ("warned her to skip a vote that could ...")
  const skipped = that !== null ? window.slice(0, that[0].length - 5) : '';
  // (a listener with place and time phrases after it may run longer: "told supporters at a rally in Tarnby on
  // Friday that ...")
  const shortObject = (wordCount(skipped) <= 6 || (wordCount(skipped) <= 10 && PLACED_LISTENER.test(skipped) && !PAST_OR_ING.test(skipped))) && !/\bto\s/i.test(skipped);
  // ("wrote on social media that ...": a cue that ends in its preposition has the medium after it; not a noun whose
  // clause the "that" opens, "cast doubt on claims that ...": the noun and its clause are what the cue is about)
  const cueAdverbial = CUE_ENDS_IN_PREPOSITION.test(cue.text) && shortObject && !CLAUSE_NOUN_LAST.test(skipped);
  if (that !== null && ((OBJECT_LISTENER_VERBS.has(cue.lemma) && shortObject) || cueAdverbial || (LEADING_ADVERBIAL.test(window) && !INFINITIVE_OBJECT.test(window)))) return i + that[0].length;
  // "told them the bridge was safe", "tells voters she will run": with no "that", the listener ends
  // where the reported clause's subject begins
  // "asked her what had changed": the one asked, then the question
  const time = TIME_BEFORE_SUBJECT.exec(window);
  if (time !== null) return i + time[0].length;
  const place = PLACE_BEFORE_SUBJECT.exec(window) ?? (ACTIVE_LISTENER_VERBS.has(cue.lemma) ? LISTENER_PLACE_BEFORE_SUBJECT.for(window).exec(window) : null);
  if (place !== null) return i + place[0].length;
  const occasion = OCCASION_BEFORE_SUBJECT.exec(window) ?? (ACTIVE_LISTENER_VERBS.has(cue.lemma) ? LISTENER_OCCASION_BEFORE_SUBJECT.for(window).exec(window) : null);
  if (occasion !== null) return i + occasion[0].length;
  const asked = cue.lemma === 'ask' ? ASKED_LISTENER.exec(window) : null;
  if (asked !== null) return i + asked[0].length;
  const listener = ACTIVE_LISTENER_VERBS.has(cue.lemma) ? LISTENER.exec(window) ?? NAMED_LISTENER_BEFORE_SUBJECT.for(window).exec(window) ?? LISTENER_BEFORE_SUBJECT.for(window).exec(window)
    ?? LISTENER_BEFORE_PLURAL_SUBJECT.exec(window) : null;
  return listener !== null ? i + listener[0].length : i;
}
