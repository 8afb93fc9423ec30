// Speech verbs in everyday wire copy (sport, council, product and local news) that a frame makes a deed or a name,
// not anyone's words. One check actNotSpeech (acts.ts) makes after its own, on the text right after the form:
// - a passive "called" with a name after it ("the single is called Winter Lights"), or a summons ("the crew was
//   called to a blaze", "were called for offside"): naming or fetching, nothing said about anything
// - a passive cue whose agent is a count of votes ("the plan was rejected by 5 votes to 4"): a tally, no speaker
// - "pointed" at a place in the ground or steering a thing ("pointed to the spot", "pointed the boat into the wind"), or a
//   gesture with words just said ("she said, pointing toward the pier": gesture-after-saying.ts)
// - "consider" with a matter on the agenda and no complement ("will consider the 2027 budget")
// - "find" with a goal in play ("could not find an equaliser"), "add" with a part built in ("adds a dark mode")
// - a plain form after ", then" ("Stir for 20 minutes, then add the stock"): a step in a recipe or an instruction
// - "found its way", "found the winger for 22 yards": a way or a team-mate found; "wrote it herself": only who did it
// - words that are no verb here: "told state television", "cheering supporters", "director of planning for"
// - calling off: "the umpire called play off"; "spoke to state media" with nothing said about anything in the sentence
// - police and emergency copy (turning out, questioning, a suspect wanted or sought): acts-police.ts
// - tabling a measure: "proposed a budget for 2030", "proposed an amendment to the harbour bylaws"; filing results:
//   "reported a net loss of 40 million euros" (acts-results.ts); a screening: "the arts centre has shown cartoons
//   every Saturday"
// - identifying and pricing: "the victim was named locally as Ivo Dane, 32" (who someone is, not what was said); "asking
//   price", "asking rent" (the noun's modifier, no one asking)
// - a service: "a charity that advises people struggling with bills" (acts-serving.ts)
// - a race: "is challenging the sitting mayor for the party's nomination" (a contest entered, nothing said)
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { BE_THEN_ADVERBS } from './verb-contexts.js';
import { ADDED_PARTS, CROWD_NOUNS, DELIBERATED_ITEMS, DEPARTMENT_HEADS, FOUND_IN_PLAY, POINTED_PLACES,
  PROPOSED_MEASURES, SHOWN_SCREENINGS, STATE_MEDIA } from '../../lexicon/plain-news-objects.js';
import { RACE_PRIZES } from '../../lexicon/deed-objects-force.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { REFLEXIVE_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation, capitalised } from '../alternation.js';
import { MID_ABBREVIATIONS, PLURAL_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { latin1Twin } from '../latin1-twin.js';
import { gestureAfterSaying } from './gesture-after-saying.js';
import { policeAct } from './acts-police.js';
import { servingAct } from './acts-serving.js';
import { shownDisplay } from './shown-display.js';
import { MEASURE_WORDS, resultsFiled } from './acts-results.js';

// an object phrase ends its clause: a pause, a preposition, "and", a time (a verb or a noun after it goes on into a
// clause or a complement: "considered the bid a gift", "found the net was torn")
const OBJECT_ENDS = String.raw`(?=\s*[,.;:!?)]|\s*$|\s+(?:in|at|on|for|with|after|before|by|from|of|and|as|to|during|until|since|over|against|despite|again|twice|this|next|last|early|late|today|tomorrow|yesterday|when|but)\b)`;
// up to two words of a noun phrase before its head, none of them a clause word
const NP_WORDS = String.raw`(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}\d’'–-]+\s+){0,2}?`;
// a determiner or a small count before a noun phrase (a pattern string; verb-contexts.ts DETERMINER is a whole-word test)
const DETERMINER_OR_COUNT = String.raw`(?:a|an|the|its|his|her|their|our|two|three|four|several|\d+)\s+`;

// a name after a passive "called": a capital, not a possessive, and no agent after it ("was called Eel Pie by
// locals" keeps the naming someone did)
const CALLED_NAME = /^\s+(?:["“‘']\s*)?\p{Lu}[\p{L}’'-]*(?!['’]s\b)(?![^.;!?]{0,60}\bby\s)/u;
// where a passive "called" sends someone, or the foul it penalises (not "called to account", "called for reform")
const CALLED_TO = /^\s+(?:to\s+(?:a|an|the|his|her|their|its)\s|away\b|for\s+(?:an?\s+)?(?:offside|foul|handball|holding|travelling|traveling|penalty|double\s+fault)\b)/;
// "by 5 votes to 4", "by a vote of 7-2", "by 312 votes", "by a margin of 40 votes", "by a show of hands"
const BY_VOTES = /^\s+(?:\p{Ll}+ly\s+)?by\s+(?:(?:a|an)\s+(?:\p{Ll}+\s+)?(?:vote|margin|majority)\s+of\s+)?(?:\d[\d,]*\s*(?:[-–]|to)\s*\d|\d[\d,]*\s+votes?\b|(?:a|an)\s+(?:\p{Ll}+\s+)?(?:show\s+of\s+hands|vote)\b)/u;
const POINTED_AT = new RegExp(String.raw`^\s+to\s+the\s+(?:(?:penalty|empty|home|away|packed)\s+)?(?:${alternation(POINTED_PLACES)})${OBJECT_ENDS}`, 'u');
// "pointed the boat into the wind", "pointed the car towards the coast": steering or aiming a thing
const POINTED_THING = new RegExp(String.raw`^\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){1,2}?(?:into|towards?|downstream|upstream|skywards?|downhill|uphill|north|south|east|west)\b`, 'u');
const CONSIDERED_ITEM = new RegExp(String.raw`^\s+${DETERMINER_OR_COUNT}${NP_WORDS}(?:${alternation(DELIBERATED_ITEMS)})\b${OBJECT_ENDS}`, 'u');
const FOUND_PLAY = new RegExp(String.raw`^\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:late|first|second|early|vital|crucial|decisive)\s+)?(?:${alternation(FOUND_IN_PLAY)})${OBJECT_ENDS}`, 'u');
const ADDED_PART = new RegExp(String.raw`^\s+${DETERMINER_OR_COUNT}${NP_WORDS}(?:${alternation(ADDED_PARTS)})${OBJECT_ENDS}`, 'u');

// a measure tabled, its phrase ending there or going on into a relative clause ("proposed a $40 million budget that would
// close two libraries"); a verb after the noun makes it a clause's subject ("proposed the fee be scrapped") and keeps the cue,
// and so do an infinitive and a gerund right after the form ("proposed to cut fees", "proposed raising fares")
const PROPOSED_MEASURE = new RegExp(String.raw`^\s+(?:${DETERMINER_OR_COUNT}|(?!to\b|\p{Ll}+ing\b))${MEASURE_WORDS}(?:${alternation(PROPOSED_MEASURES)})\b(?:${OBJECT_ENDS}|(?=\s+(?:that|which)\s))`, 'u');
// a screening, then where, when or how often ("the club shows documentaries on Fridays", "has shown cartoons every Saturday")
// (not when a finite verb follows before the pause: the screening noun is then a clause's subject, what is shown:
// "tests show the film of oil on the pond is spreading", "photos show the episodes in the series were cut")
const CLAUSE_VERB_FOLLOWS = String.raw`(?![^.;:,!?]*?\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\s)`;
const SHOWN_SCREENING = new RegExp(String.raw`^\s+(?:${DETERMINER_OR_COUNT})?${NP_WORDS}(?:${alternation(SHOWN_SCREENINGS)})${CLAUSE_VERB_FOLLOWS}(?:${OBJECT_ENDS}|(?=\s+(?:every|each|nightly|weekly|daily)\b))`, 'u');
// or anything shown to an audience ("showed the final to 84 million viewers", "will show the concert to fans in 40
// cinemas"): a broadcast; a finding is shown to no audience (a clause after the form keeps the cue: "showed viewers that")
const SHOWN_TO_AUDIENCE = /^\s+(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}\d’'–-]+\s+){1,5}?to\s+(?:[\p{L}\d.,]+\s+){0,4}?(?:viewers|audiences?|spectators|fans|crowds|subscribers|cinemagoers)\b/u;

// "found its way into", "found a way past"; a team-mate found with a pass ("found his winger for 22 yards", "found Ode
// with a cross")
const FOUND_WAY = /^\s+(?:its|his|her|their|a|the)\s+way\b|^\s+(?:[\p{L}’'-]+\s+){1,4}?(?:for\s+(?:a\s+)?\d+(?:\s+yards\b|-yard\b|\s+metres\b)|with\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:pass|cross|throw|ball|through-ball)\b)/u;
// nothing after the form but an emphatic reflexive ("a ban that she wrote herself.")
const ONLY_REFLEXIVE = new RegExp(String.raw`^\s+(?:${alternation(REFLEXIVE_PRONOUNS)})\s*(?:[.,;!?)]|$)`);
const STATE_MEDIUM = new RegExp(String.raw`^[\s-]+(?:${alternation(STATE_MEDIA)}|run|owned)\b`, 'i');
const CROWD_AFTER = new RegExp(String.raw`^\s+(?:${alternation(CROWD_NOUNS)})\b`);
const DEPARTMENT_HEAD = new RegExp(String.raw`^(?:${alternation(DEPARTMENT_HEADS)})$`, 'i');

// "called play off", "called the match off", "called it off": the particle after the object (right after the verb, acts.ts)
// (not "called for paying off the debt", "called on them to write off the loans", "called writing off the loans a
// mistake": a preposition after the verb, or a gerund (not after a determiner: "called the meeting off") before "off")
// (a Latin-1 twin, latin1-twin.ts: on two-byte text its letter classes cost some 10 ms to compile, the twin's under 1)
const CALLED_THING_OFF = latin1Twin(/^\s+(?!(?:for|on|upon|to)\b)(?:[\p{L}’'-]+\s+){0,2}?(?:(?:the|a|an|his|her|its|their|this|that|our|my)\s+[\p{L}’'-]+|(?!\p{L}{3,}ing\b)[\p{L}’'-]+)\s+off\b(?!-)/u);
// "spoke to state media after the meeting.", "spoke with reporters outside the court.": to whom, and the sentence ends
// with nothing said about anything (a topic, a clause, a colon or a quote keeps it: "spoke to reporters about the levy")
const ABBREVIATIONS = [...TITLE_ABBREVIATIONS, ...PLURAL_TITLE_ABBREVIATIONS, ...MID_ABBREVIATIONS];
// (a period after an abbreviation or an initial goes on: "spoke to Sen. Roe about the levy", "spoke to U.S. officials")
const ABBREVIATION_END = String.raw`\b(?:${alternation([...ABBREVIATIONS, ...capitalised(ABBREVIATIONS)])}|\p{Lu})`;
// (with its Latin-1 twin, latin1-twin.ts: costly to compile for two-byte text)
const SPOKE_TO_ONLY = latin1Twin(new RegExp(String.raw`^\s+(?:(?:briefly|privately|separately|directly|again)\s+)?(?:to|with)\s+(?:(?!\b(?:(?:about|of|regarding|concerning|over|that)\b|on\s+(?!(?:${WEEKDAYS}|condition|behalf|the\s+phone)\b)))(?:[^.;!?:,“”"‘]|(?<=${ABBREVIATION_END})\.))*?(?<!${ABBREVIATION_END})[.;!?]`, 'u'));

// what a challenger is after, within the 80 characters read ("challenging the sitting mayor for the party's nomination",
// "challenging Gov. Ida Roe for the seat", "challenged for the title"; "challenged the mayor to a debate" stays): the
// clause may run through an abbreviation's or an initial's period, not a sentence's, and a "for" after an infinitive or
// a clause is theirs ("challenged voters to vote for the seat's first woman")
const CHALLENGED_FOR_PRIZE = latin1Twin(new RegExp(String.raw`^(?:(?!\s(?:to|that|whether)\s)[^.;:!?]|(?<=${ABBREVIATION_END})\.){0,70}?\sfor\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:${alternation(RACE_PRIZES)})\b`, 'u'));

// a passive "named" with a person's name after "as": an identification ("was named locally as Ivo Dane"; "was named as
// the new coach" is an appointment, and "named the plan a failure" judges: acts.ts keeps those apart)
const NAMED_AS_PERSON = /^\s+(?:\p{Ll}+ly\s+)?as\s+\p{Lu}[\p{L}’'.-]*\s+\p{Lu}/u;
// what is asked for in a sale or a let ("asking price: 325,000 pounds", "an asking rent of 900 a month")
const ASKING_SUM = /^\s+(?:price|prices|rent|rents|fee|fees|figure)\b/;

// ", then" right before the verb: the next step of an instruction
const STEP_BEFORE = /,\s*then\s+$/i;

/** Whether the form is a deed or a name in plain wire copy (see the header), read on `next` (the text after it). */
export function plainNewsAct(text: string, w: SpeechWord, next: string): boolean {
  const lemma = w.form.lemma;
  const word = w.word.toLowerCase();
  if (word === 'state' && STATE_MEDIUM.test(next)) return true;
  if (word.endsWith('ing') && ((lemma === 'cheer' || lemma === 'applaud') && CROWD_AFTER.test(next) || w.before.toLowerCase() === 'of' && DEPARTMENT_HEAD.test(w.before2))) return true;
  if (ONLY_REFLEXIVE.test(next)) return true;
  if (word === lemma && w.before.toLowerCase() === 'then' && STEP_BEFORE.test(text.slice(Math.max(0, w.start - 12), w.start))) return true;
  const passive = (): boolean => BE_THEN_ADVERBS.test(text.slice(Math.max(0, w.start - 40), w.start));
  if (lemma === 'call' && (CALLED_NAME.test(next) || CALLED_TO.test(next)) && passive()) return true;
  if (BY_VOTES.test(next) && passive()) return true;
  if (lemma === 'call' && CALLED_THING_OFF.for(next).test(next)) return true;
  if (policeAct(text, w, next)) return true;
  if (servingAct(text, w, next)) return true;
  if (lemma === 'challenge' && CHALLENGED_FOR_PRIZE.for(next).test(next)) return true;
  if (lemma === 'speak' && SPOKE_TO_ONLY.for(next).test(next)) return true;
  if (lemma === 'name' && NAMED_AS_PERSON.test(next) && passive()) return true;
  if (word === 'asking' && ASKING_SUM.test(next)) return true;
  if (lemma === 'report' && resultsFiled(next)) return true;
  // (and one's own thing shown: "Students at the school show their art", shown-display.ts)
  if (lemma === 'show' && (SHOWN_SCREENING.test(next) || SHOWN_TO_AUDIENCE.test(next) || shownDisplay(text, w, next))) return true;
  if (lemma === 'propose') return PROPOSED_MEASURE.test(next);
  if (lemma === 'point') return POINTED_AT.test(next) || POINTED_THING.test(next) || gestureAfterSaying(text, w, next);
  if (lemma === 'consider') return CONSIDERED_ITEM.test(next);
  if (lemma === 'find') return FOUND_PLAY.test(next) || FOUND_WAY.test(next);
  if (lemma === 'add') return ADDED_PART.test(next);
  return false;
}
