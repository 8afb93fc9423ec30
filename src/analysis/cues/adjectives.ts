// Predicate adjectives of belief and feeling with what they hold: "Ann Lee is confident that ...",
// "voters were worried about the cost", "the mayor remains convinced the plan will work". Annotated news
// counts these held views as attributions, like "believes" or "fears". ("made (it) clear that" is a phrasal
// speech verb: lexicon/speech-verbs-phrasal.ts, its frame in cues/phrasal-frames.ts.)
// One linear regex pass; the cue is the whole predicate ("is confident", "were worried about"), as
// annotated news marks it. Impersonal "it is clear that" is the writer's own claim and is left out.
import type { Cue } from '../../types.js';
import { BELIEF_ADJECTIVES, FEELINGS_ABOUT, FEELINGS_BY_OR_WITH, FEELINGS_WITH, OUTLOOK_ADJECTIVES, SPLIT_VIEW_HOLDERS, WORRIES_ABOUT } from '../../lexicon/feeling-adjectives.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/weekdays.js';
import { cueStart } from './verb-span.js';
import { isGroupNoun, isOrganizationHead, isPersonNoun, personSingular } from '../mentions/words.js';

const ADJECTIVES = [...BELIEF_ADJECTIVES, 'skeptical', 'sceptical', 'doubtful', 'insistent', 'glad'].join('|');
// feelings whose cause may also follow "by" or "with" ("were outraged by the fee", "is unhappy with the deal")
const BY_WITH = FEELINGS_BY_OR_WITH.join('|');
const WITH = FEELINGS_WITH.join('|');
const ABOUT = FEELINGS_ABOUT.join('|');
const WORRY = WORRIES_ABOUT.join('|');
const FEELINGS = String.raw`(?:${BY_WITH})(?:\s+(?:about|over|at|that|whether|by|with))?|(?:${WITH})(?:\s+(?:about|over|at|that|whether|with))?|(?:${ABOUT})(?:\s+(?:about|over|at|that|whether))?|(?:${WORRY})\s+(?:about|over|that|whether)`;
// stances toward someone or something, held only with "of": "is critical of the plan", "remains wary
// of the deal" ("critical to", "a critical vote" are importance, not a stance)
const OF_ADJECTIVES = 'supportive|critical|wary|leery|dismissive|suspicious|distrustful|contemptuous|respectful|enthusiastic|proud|fond';
// intentions held: "is determined to", "was reluctant to act", "is intent on" (the cue stops before "to":
// the infinitive is the content, as with "wants to"); stances as phrases: "is against", "is in favour of"
const TO_ADJECTIVES = 'determined|eager|keen|reluctant|willing|unwilling|loath|loathe|desperate|hesitant';
// outlooks held only with what they are about: "were upbeat about the season", "is bullish on shares" (lexicon)
const OUTLOOK = OUTLOOK_ADJECTIVES.join('|');
// (and views aired loudly: "has been vocal about the rota", "are up in arms over the fees"; not "vocal on Saturday", a crowd's noise)
const STANCE_PHRASES = String.raw`against(?!\s+the\s+(?:law|rules)\b)|in\s+favou?r\s+of|opposed\s+to|vocal\s+about|up\s+in\s+arms\s+(?:over|about)`;
// a question people are split on or undecided about: "the parties are still at odds over whether to", "economists are divided
// about how long", "voters are torn over which", "is unsure whether to run" (a stance or doubt held on the question, as with
// "disagreed over whether"; only before a question word: "divided over two floors", "split on the vote" hold no question)
const QUESTIONED = String.raw`(?=\s+(?:whether|how|what|who|whom|why|when|where|which)\b)`;
const SPLIT_PHRASES = String.raw`(?:at\s+odds|divided|split|deadlocked|torn)\s+(?:over|about|on|as\s+to)${QUESTIONED}|(?:unsure|undecided)(?:\s+(?:about|over|on|as\s+to))?${QUESTIONED}`;
// (a feeling may also be grown into or got: "are getting annoyed by", "grew angry about"; negated: "weren't happy")
// (and the contracted "is" and "are": "the skipper's doubtful the refit will finish", "they're confident the deal holds", read below)
const BE_FORMS = String.raw`(?:is|are|was|were)(?:n['’]t)?|be|been|being|remains?|remained|seems?|seemed|feels?|felt|grows?|grew|growing|grown|gets?|got|getting|becomes?|became|becoming|['’](?:s|re)(?:\s+been)?`;
const BE = String.raw`\b(?:(?:is|are|was|were|been)\s+(?:growing|getting|becoming)|${BE_FORMS})\s+(?:(?:\p{Ll}+ly|not|also|still|now|very|so|quite|more|less|increasingly)\s+){0,2}`;
const PREDICATE_SOURCE = String.raw`${BE}(?:(?:${ADJECTIVES})(?:\s+(?:about|over|at|of|that|whether))?|${FEELINGS}|(?:${OF_ADJECTIVES})\s+of|(?:${TO_ADJECTIVES})(?=\s+to\s+\p{Ll})|(?:${OUTLOOK})\s+(?:about|on|over)|intent\s+on|${STANCE_PHRASES}|${SPLIT_PHRASES})\b`;
const PREDICATE = new RegExp(PREDICATE_SOURCE, 'giu');
const PREDICATE_AT = new RegExp(PREDICATE_SOURCE, 'iuy');
// where a predicate can start: a form of "be" (or "remain", "seem", "feel") and a space. Found
// without the u flag, which scans several times faster; without it "ſ" and the Kelvin sign are no "s" and
// "k" (the u flag folds them so), so a text holding either is scanned with PREDICATE itself
const PREDICATE_START = new RegExp(String.raw`\b(?:${BE_FORMS})\s`, 'gi');
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/** The matches of PREDICATE in `text`, as its global scan finds them (tried only where one can start). */
function predicates(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (FOLDS_TO_ASCII.test(text)) {
    PREDICATE.lastIndex = 0;
    for (let m = PREDICATE.exec(text); m !== null; m = PREDICATE.exec(text)) out.push(m);
    return out;
  }
  PREDICATE_START.lastIndex = 0;
  for (let c = PREDICATE_START.exec(text); c !== null; c = PREDICATE_START.exec(text)) {
    PREDICATE_AT.lastIndex = c.index;
    const m = PREDICATE_AT.exec(text);
    // the next start is looked for after this match, as the global scan goes on from its end
    PREDICATE_START.lastIndex = m !== null ? m.index + m[0].length : c.index + 1;
    if (m !== null) out.push(m);
  }
  return out;
}
const HOLDS_CONTENT = new RegExp(String.raw`\s(?:about|over|at|of|that|whether|on|to|against|by|with)$|(?:${TO_ADJECTIVES}|unsure|undecided)$`, 'i');
const ADJECTIVE = new RegExp(String.raw`\b(?:${ADJECTIVES}|${BY_WITH}|${WITH}|${ABOUT}|${WORRY}|${OF_ADJECTIVES}|${TO_ADJECTIVES}|${OUTLOOK}|intent|against|favou?r|opposed|vocal|arms|odds|divided|split|deadlocked|torn|unsure|undecided)\b`, 'i');
const WHOLE_ADJECTIVE = new RegExp(String.raw`^(?:${ADJECTIVES}|${BY_WITH}|${WITH}|${ABOUT}|${WORRY}|${OF_ADJECTIVES}|${TO_ADJECTIVES}|${OUTLOOK})$`, 'i');

/** Whether a word is one of the adjectives above ("afraid", "keen", "fond"): a feeling held, never a verb form. */
export function isStanceAdjective(word: string): boolean {
  return WHOLE_ADJECTIVE.test(word);
}
// a content must follow: a clause or what the feeling is about ("is confident." alone holds nothing)
const CONTENT_AFTER = /^\s+(?:that\b|whether\b|about\b|over\b|at\b|the\b|a\b|an\b|\p{Ll}+\s+(?:will|would|can|could|was|is|are|were|had|has|have)\b|\p{Lu})/u;
// a placeholder subject right before the predicate ("it is certain that", "that is sure to"): no one holds the stance
const PLACEHOLDER_SUBJECT_BEFORE = /\b(?:it|this|that|there)\s+$/i;
// a contraction: "'s" or "'re" glued to its subject. Read only after a personal pronoun: after a noun "'s" is as often
// a possessive ("Lee's upset over Ruiz", "the club's proud history"), and "it's", "that's" are the writer's own
// ("it's clear that", "that's sure to")
const CONTRACTED = /^['’](?:s|re)\s/;
const PRONOUN_BEFORE_CONTRACTION = /\b(?:he|she|they|we|you)$/i;
// "'s" is also "has": "he's angered the unions", "she's upset the champion", "he's convinced the board". With
// nothing after it but its object, only an adjective that is no past form reads as a feeling held
const NO_PAST_FORM = new RegExp(String.raw`(?:${ADJECTIVES.split('|').filter((a) => !a.endsWith('ed')).join('|')})$`, 'i');
// a change of state before a stance phrase is no stance held: "the economy has grown against the odds"
const CHANGE_THEN_STANCE = /^(?:grows?|grew|growing|grown|gets?|got|getting|becomes?|became|becoming)\s.*\b(?:against|favou?r)$/i;
// a feeling that only seems held is the writer's impression of a face, not the subject's view: "didn't seem impressed by"
const SEEMING_FEELING = new RegExp(String.raw`^seem(?:s|ed)?\s.*\b(?:${BY_WITH}|${WITH}|${ABOUT})\b`, 'i');

export function findAdjectiveCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  for (const m of predicates(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inside(start)) continue;
    if (PLACEHOLDER_SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const contracted = CONTRACTED.test(m[0]);
    if (contracted && !PRONOUN_BEFORE_CONTRACTION.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (CHANGE_THEN_STANCE.test(m[0].replace(/\s+of$/i, '')) || SEEMING_FEELING.test(m[0])) continue;
    // with its particle the content starts right away; without, a clause or a name must follow
    // (an intention's infinitive, checked by the lookahead, and a stance phrase's object count as its content)
    const hasParticle = HOLDS_CONTENT.test(m[0]);
    if (!hasParticle && !CONTENT_AFTER.test(text.slice(end, end + 40))) continue;
    if (contracted && !hasParticle && !NO_PAST_FORM.test(m[0])) continue;
    // the cue keeps "that" out (the content starts after it), like "said that"
    const cueEnd = /\sthat$/i.test(m[0]) ? end - 5 : end;
    const lemma = ADJECTIVE.exec(m[0])?.[0].toLowerCase() ?? '';
    // the cue takes the auxiliaries and adverbs before its "be" as a verb's cue does ("have been startled by",
    // "may be worried about", "had also been angered by"): annotated news keeps them
    const from = cueStart(text, start);
    if ((SPLIT_THING.test(lemma) || OUTLOOK_HELD.test(lemma)) && !peopleBefore(text.slice(Math.max(0, from - 40), from))) continue;
    if (OUTLOOK_HELD.test(lemma) && (ON_A_DAY.test(m[0] + text.slice(end, end + 12)) || ON_WHERE.test(m[0] + text.slice(end, end + 50)))) continue;
    out.push({ text: text.slice(from, cueEnd), start: from, end: cueEnd, lemma, kind: 'verb' });
  }
  return out;
}

// "divided", "split" and "torn" are also said of things cut in parts ("the seats are divided on how many votes each
// party wins", "the land is split about where the ditch ran"): only people, a body or a name hold a view on the question
const SPLIT_THING = /^(?:divided|split|torn)$/;
// so are the outlooks, which are also the weather's, a market's or a room's ("the skies were gloomy over the city", "shares
// were bullish on Monday", "the mood became gloomy over dinner"); and "on" a day is when, not what about
const OUTLOOK_HELD = new RegExp(String.raw`^(?:${OUTLOOK})$`);
const ON_A_DAY = new RegExp(String.raw`\s(?:on|over)\s+(?:${WEEKDAYS}|${MONTHS}|the\s+weekend)\b`);
// nor is "on" or "over" a place, a ride or a meal where the mood was ("were upbeat on the bus home", "seemed gloomy over
// dinner", "was bullish on the flight back"): the noun closes the phrase, so it names no thing a view is held on
// ("bullish on the airline's shares", "upbeat on the plane maker" go on into what the outlook is about)
const WHERE_NOUN = 'bus|coach|train|plane|flight|ferry|boat|ship|journey|trip|drive|ride|pitch|field|phone|sidelines|doorstep';
const MEAL = 'dinner|lunch|breakfast|drinks|coffee|tea';
const ON_WHERE = new RegExp(String.raw`\s(?:on|over)\s+(?:(?:(?:the|a|an|their|his|her|its|our)\s+(?:[\p{L}-]+\s+)?(?:${WHERE_NOUN}|${MEAL}))|${MEAL})(?=\s*(?:[,.;:!?)]|$)|\s+(?:home|back|out|after|before|to|from|as|when|while|and|but|on|in|at|with|ahead|following)\b)`, 'u');
const LAST_WORD = /([\p{L}’'-]+)\s+$/u;
// the pronouns that stand for people ("they are divided"; not "it"), and "who" ("voters who are split on")
const PEOPLE_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS.map((p) => p.toLowerCase()).filter((p) => p !== 'it'), 'who']);
/** Whether the word before the predicate (in `lead`) names people who can hold a view: a name, a pronoun, a person,
 *  group or body noun, or a whole people (SPLIT_VIEW_HOLDERS). */
function peopleBefore(lead: string): boolean {
  const word = LAST_WORD.exec(lead)?.[1];
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  return /^\p{Lu}/u.test(word) || PEOPLE_PRONOUNS.has(lower) || SPLIT_VIEW_HOLDERS.has(lower)
    || isPersonNoun(lower) || isGroupNoun(lower) || isOrganizationHead(lower) || personSingular(lower) !== undefined;
}
