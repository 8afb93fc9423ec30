// Participles that describe a noun rather than report what someone said: adjectives ("Noted painter Ida
// Strand", "a list of promised projects", "the widely reported clash"), reduced relatives ("a video posted
// on", "a group called Save the Flats", "The clip, posted on Sunday, drew"), passives with no one named ("a
// fee reported to be £32 million", "the rules proposed by"). Pure filters of the verb pass (verbs.ts); each
// reads a bounded window on either side of the form.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { LY_ADJECTIVES } from '../../lexicon/ly-words.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { SEASONS } from '../../lexicon/time-words.js';
import {
  APPOSED_NOUN, ASIDE_TAIL, BE_THEN_ADVERBS, HEARSAY_PARTICIPLE, NAME_THEN_VERB, NAMING_LEAD, NAMING_PARTICIPLES, OPENING_NAMING_LEAD, PRONOUN_OR_AUX,
  REDUCED_RELATIVE, RELATIVE_TAIL, RELATIVE_THEN_SUBJECT, SENTENCE_OPENING, VERB_BEFORE, openingPlural,
} from './verb-contexts.js';
import { titleLine } from './headline.js';
import { askedByQuestion } from './asked-by.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { subjectPhraseVerb } from './subject-phrase-verb.js';
import { namesReflexively } from './reflexive-naming.js';

// bare lowercase nouns (no preposition, determiner, pronoun or "to") and then a capitalised name or a finite verb
const ING_COMPOUND = new RegExp(String.raw`^(?:[ \t]+(?!(?:whether|if|about|by|for|what|how|why|when|where|who|to|on|at|in|with|from|of|the|a|an|his|her|their|its|that|this|as|and|or|${alternation(SUBJECT_PRONOUNS)})\b)\p{Ll}+){1,3}[ \t]+(?:\p{Lu}\p{Ll}|(?:was|were|is|are|has|have|had|will|would|said|says)\b)`, 'u');

// a few words (no comma, clause word, pronoun or conjunction) and then a finite verb of saying or finding
const FINITE_SPEECH_AFTER = new RegExp(String.raw`^(?:[ \t]+(?!(?:that|which|who|whom|${alternation(SUBJECT_PRONOUNS)}|and|but|or|to|as|is|was|are|were|has|have|had)\b)[\p{L}\d-]+){1,3}[ \t]+(?:said|says|say|found|showed|shows|show|suggested|suggests|suggest|concluded|concludes|claimed|stated|warned|warns|argued|argues|revealed|reveals|reveal|noted)\b`, 'u');
// ... or, after an article and the noun, a preposition's phrase and then a form in -s that is a noun as often ("A video posted on TikTok claims that",
// "A letter signed by doctors insists"); without the preposition the form may be a noun the participle's verb takes as
// its object ("Two guards reported online claims that ...")
const PLACED_THEN_CLAIMS = new RegExp(String.raw`^[ \t]+(?:on|in|by|at|from|to|through)(?:[ \t]+(?!(?:that|which|who|whom|${alternation(SUBJECT_PRONOUNS)}|and|but|or|to|as|is|was|are|were|has|have|had)\b)[\p{L}\d-]+){1,5}[ \t]+(?:claims|alleges|insists)\b`, 'u');

// a bare plural noun (no determiner) and then a finite verb of showing or saying
const ING_MODIFIER = /^[ \t]+\p{Ll}+s[ \t]+(?:show|shows|showed|suggest|suggests|suggested|say|says|said|indicate|indicates|indicated|reveal|reveals|revealed|testified|told|warned|argued|claimed|wrote)\b/u;

// a judging participle, and one adjective (perhaps with its degree word) then a finite verb after it
const JUDGING_PARTICIPLE = /^(?:deemed|considered|judged|regarded)$/i;
const JUDGED_THEN_VERB = /^[ \t]+(?:(?:too|very|more|less|most|so)[ \t]+)?\p{Ll}+[ \t]+(?:is|are|was|were|will|would|can|could|may|might|must|should|shall|has|have|had|remain|remains|remained|kept|keep|keeps|stay|stays|stayed|got|get|gets)\b/u;

// a time (a weekday, "today", "last week", "in recent weeks") or a place adverb ("online") or both, and then a modal or a
// finite "be"/"have" ("there" and "here" only before a time: "officials reported there were no injuries" is a clause)
const RELATIVE_TIME = String.raw`(?:on[ \t]+)?(?:${WEEKDAYS}|today|yesterday|(?:last|this|earlier|next)[ \t]+(?:week|month|year|${SEASONS})|in[ \t]+recent[ \t]+(?:days|weeks|months|years))`;
const RELATIVE_PLACE = String.raw`(?:(?:online|locally|elsewhere|nationwide|abroad)(?:[ \t]+${RELATIVE_TIME})?|(?:there|here)[ \t]+${RELATIVE_TIME})`;
const TIMED_RELATIVE = new RegExp(String.raw`^[ \t]+(?:${RELATIVE_PLACE}|${RELATIVE_TIME})[ \t]+(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had)\b`, 'u');

// "to", a modal or "do" (perhaps with "not"), then one bare lowercase verb, right before the form
const OBJECT_ADJECTIVE_LEAD = /\b(to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n['’]t)[ \t]+(?!(?:have|has|had|be|been|being|get|gets|got|getting|become|not|also|never|ever|just|then|always|only|already|still|even|half|all|most|many|some|none|more|few)\b)(?!\p{Ll}+ly\b)(\p{Ll}+)[ \t]+$/u;
// after "to" a plural is the noun of a phrase ("sources close to ministers suggested ...", "a letter to parents urged
// ..."), not an infinitive's verb: the form after it is the phrase's verb ("-ss"/"-us" verbs stay: "to discuss")
const pluralAfterTo = (lead: RegExpExecArray): boolean => lead[1] === 'to' && /(?<![su])s$/.test(lead[2]!);
// a bare noun after the form (no determiner, pronoun, preposition or clause word: those make the form a verb)
const BARE_NOUN_NEXT = new RegExp(String.raw`^[ \t]+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|it|them|him|us|to|that|on|in|at|by|for|with|from|of|about|as|and|or|but|when|while|if|what|how|why|who|whether)\b)\p{Ll}+\b`, 'u');

// (with BARE_NOUN_NEXT) a word after the form that is no adverb of time or place nor an -ly word
const COMPARED_NOUN_NEXT = new RegExp(String.raw`^[ \t]+(?!(?:earlier|later|before|previously|above|below|here|there|elsewhere|now|then|today|yesterday|last|this|so|too|again|ahead|already|since|yet|once|online|recently)\b)(?!\p{Ll}+ly\b)`, 'u');

// words of time or order between a describing participle and a determiner or a possessive noun before them (not a
// pronoun's contraction: "she's long planned trips abroad")
const ORDER_ADJECTIVES = /^(?:original|initial|earlier|previous|latest|recent|long|much|final|current|same|other)$/;
const OWNER_OR_DETERMINER = /^(?:a|an|the|his|her|its|their|our|this|that|these|those)$|^(?!(?:he|she|it|that|there|who|what|here|where|one)['’]s$)[\p{L}.-]+['’]s?$/iu;

// the irregular pasts a comparison takes after "than" ("higher than forecast", "sooner than thought")
const COMPARED_PASTS = new Set(['forecast', 'thought', 'foreseen', 'said', 'told', 'shown', 'known', 'understood', 'written']);

/** Whether the form is a participle describing a noun here, not a verb with a subject. */
export function describesNoun(text: string, w: SpeechWord): boolean {
  const { word, before, before2, start: at } = w;
  // "a fee reported to be £32 million", "a deal said to be worth": a participle after a bare noun with
  // "to be" is a reduced passive that names no one who reported it (a hedge, not an attribution)
  if (HEARSAY_PARTICIPLE.test(word) && /^\s+to\s+be\b/.test(text.slice(at + word.length, at + word.length + 8)) && /^\p{Ll}+$/u.test(before)
    && !PRONOUN_OR_AUX.test(before) && !BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at)) && !VERB_BEFORE.test(before)) return true;
  // "Noted painter Ida Strand said", "Celebrated harbor projects have stalled": a participle opening a
  // sentence before a noun and more words is an adjective (not before an adverb: "Asked repeatedly about ...")
  if (/^\p{Lu}\p{Ll}+ed$/u.test(word) && SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at)) && /^[ \t]+(?!(?:whether|if|about|by|for|what|how|why|when|where|who|to|on|at|in|with|from|of|the|a|an|his|her|their|its|that|this|as)\b)(?!\p{Ll}+ly\b)\p{Ll}+[ \t]+\p{L}/u.test(text.slice(at + word.length, at + word.length + 40)) && !titleLine(text, at)) return true;
  // "Planning officer Ian Ross said", "But planning committee chairman Ed Moor said", "Reporting restrictions were
  // lifted": an -ing form opening a sentence (or after its first conjunction) with bare nouns after it and then a name
  // or a finite verb is a compound noun's first word; a participle clause has an object and a comma ("Citing sources
  // close to the mayor, the paper said", "Citing concerns about Hale, ...": a preposition or a determiner comes first)
  if (/ing$/i.test(word) && (SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at)) || (/^(?:But|And|Yet|So)$/.test(before) && SENTENCE_OPENING.test(text.slice(Math.max(0, at - before.length - 5), at - before.length - 1))))
    && ING_COMPOUND.test(text.slice(at + word.length, at + word.length + 60)) && !titleLine(text, at)) return true;
  // "A blog post published Friday said ...", "A letter posted online says ...": a participle right after a bare
  // noun, with a finite speech verb a few words on (no comma, clause word or pronoun between), is a reduced relative
  // describing that noun, the subject of the verb that reports
  // ("Photos posted online show ...": a plural opening the sentence, capitalised; a name before the verb seldom ends in -s)
  if (/(?:ed|written)$/i.test(word) && (/^\p{Ll}+$/u.test(before) || openingPlural(text, w)) && !PRONOUN_OR_AUX.test(before) && !VERB_BEFORE.test(before) && !/ly$/.test(before)
    && !/^(?:and|or|but|nor|then|just|only|even|still|yet|so|who|which|that)$/.test(before)
    && (FINITE_SPEECH_AFTER.test(text.slice(at + word.length, at + word.length + 48)) || (/^(?:a|an|the|this|one)$/i.test(before2) && PLACED_THEN_CLAIMS.test(text.slice(at + word.length, at + word.length + 64))))) return true;
  // "Even more telling", "a very revealing answer", "more worrying still": after a degree adverb an -ing form is an
  // adjective; "It is worth noting that": the writer's own aside, nobody's report
  if (/ing$/i.test(word) && /^(?:most|more|very|less|least|particularly|especially|quite|rather|so|too|deeply|increasingly|worth)$/i.test(before)) return true;
  // "lobbying filings show", "polling records suggest": an -ing form before a bare plural noun and a finite verb
  // of showing or saying is that noun's modifier (the noun is the subject)
  if (/ing$/i.test(word) && ING_MODIFIER.test(text.slice(at + word.length, at + word.length + 40))) return true;
  // "A $40 million takeover announced Friday would move ...", "Ticket prices listed online this week are ...": after a bare
  // noun, a participle with only a time or a place after it and then a modal or a finite "be"/"have" is a reduced relative
  // too (the noun is the subject)
  if (/ed$/i.test(word) && /^\p{Ll}+$/u.test(before) && !PRONOUN_OR_AUX.test(before) && !VERB_BEFORE.test(before)
    && TIMED_RELATIVE.test(text.slice(at + word.length, at + word.length + 40))) return true;
  // "Workers deemed essential kept their jobs", "Buildings considered unsafe will be demolished": a judging participle
  // right after a bare noun, with one adjective and then the sentence's finite verb, is a reduced relative describing
  // the noun (its judges unnamed), not a verb with the noun as its subject ("Inspectors deemed the bridge unsafe")
  if (JUDGING_PARTICIPLE.test(word) && /^\p{Lu}?\p{Ll}+$/u.test(before) && !PRONOUN_OR_AUX.test(before) && !VERB_BEFORE.test(before)
    && JUDGED_THEN_VERB.test(text.slice(at + word.length, at + word.length + 40))) return true;
  // "if taken as intended,", "as expected.": a participle after "as" with nothing after it is the writer's aside
  if (/ed$/i.test(word) && /^as$/i.test(before) && /^\s*[,.;:)]/.test(text.slice(at + word.length, at + word.length + 3))) return true;
  // "the rules proposed by", "a law criticized as": a passive participle describing a noun
  // ("admitted as much", "said as much": the object, not a passive's "as")
  // (but "a levy which unions described as a tax", "what the mayor called as ...": after a relative word and its own
  // subject the form is that subject's active verb, its object the gap the relative word fills)
  if (word.endsWith('ed') && /^\s+(?:by|as\b(?!\s+much\b))/.test(text.slice(at + word.length, at + word.length + 10)) && !BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at))
    && askedByQuestion(text, at, at + word.length) < 0
    && !RELATIVE_THEN_SUBJECT.test(text.slice(Math.max(0, at - 48), at))) return true;
  // "a list of promised projects": a past form after a preposition is an adjective
  if (word.endsWith('ed') && /^(?:of|for|with|in|on|by|about|from|at)$/i.test(before)) return true;
  // "grew twice as fast as branded goods", "cost more than advertised fares": after a comparison's "as" or "than", a past
  // form before a bare noun is that noun's adjective (not before an adverb: "as reported earlier", "than planned here")
  const next24 = text.slice(at + word.length, at + word.length + 24);
  if (word.endsWith('ed') && /^(?:as|than)$/i.test(before) && BARE_NOUN_NEXT.test(next24) && COMPARED_NOUN_NEXT.test(next24)) return true;
  // "rose faster than expected", "cost more than planned, not twice as much", "left earlier than announced": right after a
  // comparison's "than" a past form is the consensus compared with, its subject and "be" left out ("than was expected"):
  // nobody is named and nothing is reported ("than analysts expected" has its subject between and keeps its cue)
  if (/^than$/i.test(before) && text.slice(at - before.length - 1, at) === `${before} ` && (word.endsWith('ed') || COMPARED_PASTS.has(word.toLowerCase()))) return true;
  // "to reconsider planned deals", "would scrap proposed fees", "did not dispute reported losses": a past form right after
  // the bare verb of an infinitive or a modal is that verb's object's adjective, not a verb of its own (a bare noun after
  // it; not after "have"/"be"/"get", which make a perfect or a passive, nor after a quantity: "close to half reported")
  const objectLead = word.endsWith('ed') ? OBJECT_ADJECTIVE_LEAD.exec(text.slice(Math.max(0, at - 40), at)) : null;
  if (objectLead !== null && !pluralAfterTo(objectLead) && BARE_NOUN_NEXT.test(text.slice(at + word.length, at + word.length + 24))) return true;
  // "these threatened fines", "those promised tax cuts": after "these"/"those" a past form before a bare plural noun is its
  // adjective, not a verb with the demonstrative as its subject ("those opposed argued", "those surveyed said" have none)
  if (word.endsWith('ed') && /^(?:these|those)$/i.test(before) && /^[ \t]+(?!(?:the|a|an|his|her|their|its|our|this|that|it|them|him|us)\b)(?:\p{Ll}+[ \t]+)?\p{Ll}+s\b(?![ \t]+(?:that|the|a|an)\b)/u.test(text.slice(at + word.length, at + word.length + 32))) return true;
  // "a swiftly called meeting", "the widely reported clash": a participle after a determiner and an adverb modifies a noun
  // ("its original planned route", "the board's latest estimated deficit": so after a word of time or order, a bare noun after it)
  if (word.endsWith('ed') && ((/^(?:a|an|the|his|her|its|their|our)$/i.test(before2) && /^\p{Ll}+ly$/u.test(before) && !LY_ADJECTIVES.has(before))
    || (ORDER_ADJECTIVES.test(before) && OWNER_OR_DETERMINER.test(before2) && BARE_NOUN_NEXT.test(next24)))) return true;
  const next40 = text.slice(at + word.length, at + word.length + 40);
  // "a video posted on", "by a group called Save the Flats": a participle right after a noun that
  // is the object of a preposition (or an indefinite noun with a name after it) is a reduced
  // relative clause describing that noun, not a verb with a subject
  // (not the verb of a sentence-opening subject with a complement after it: "Members of the board warned on Monday that
  // ...", subject-phrase-verb.ts)
  if (/ed$/i.test(word) && REDUCED_RELATIVE.test(text.slice(Math.max(0, at - 40), at)) && RELATIVE_TAIL.test(next40) && !subjectPhraseVerb(text, w)) return true;
  if (NAMING_PARTICIPLES.test(word) && ((/^\s+\p{Lu}/u.test(next40) && NAMING_LEAD.test(text.slice(Math.max(0, at - 40), at)))
    || (OPENING_NAMING_LEAD.test(text.slice(Math.max(0, at - 40), at)) && NAME_THEN_VERB.test(text.slice(at + word.length, at + word.length + 80))))) return true;
  // "a gang calling itself Redhook", "a man who calls himself Dr. Fixit": naming a noun reports nothing (reflexive-naming.ts)
  if (namesReflexively(text, word, before, at, next40)) return true;
  // "The tablet, called the Slate, costs ...", "The clip, posted on Sunday, showed ...": a participle in a
  // comma aside right after a common noun describes that noun; the sentence's own verb follows the aside
  // (the aside's close is read first: one anchored window, where the noun before is tried at every position)
  if (/ed$/i.test(word) && ASIDE_TAIL.test(text.slice(at + word.length, at + word.length + 64)) && APPOSED_NOUN.test(text.slice(Math.max(0, at - 24), at))
    && (RELATIVE_TAIL.test(next40) || (NAMING_PARTICIPLES.test(word) && /^\s+(?:the\s+)?\p{Lu}/u.test(next40)))) return true;
  return false;
}
