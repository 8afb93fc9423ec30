// Speech verbs in police and emergency copy that report nobody's words. One check plainNewsAct (acts-plain-news.ts)
// makes, on the text right after the form (`next`) and the words before it:
// - turning out: "officers responded to a call about a fire", "crews responded within eight minutes"
// - a suspect questioned by police, even about something ("detectives questioned two men about the raid"), or
//   questioned by them in the passive
// - a suspect "wanted for questioning", "wanted in connection with the fire", "wanted by police": the law looking for
//   someone, nobody's wish; "held for questioning", "taken in for questioning on Sunday": the noun of an interview in
//   custody, with no object
// - "detectives are seeking a driver", "seek three teenagers over a fire": people hunted (or staff hired), no aim voiced
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { BE_THEN_ADVERBS } from './verb-contexts.js';
import { EMERGENCY_EVENTS, INTERROGATORS } from '../../lexicon/plain-news-objects.js';
import { QUESTIONED_PERSON } from './act-objects-force.js';
import { alternation } from '../alternation.js';

// an emergency turned out for ("responded to a call about a fire", "to reports of a man with a knife"; not "a call for
// calm", which someone made), or only how fast ("responded within eight minutes", "responded in under ten minutes")
const RESPONDED_TO_EMERGENCY = new RegExp(String.raw`^\s+to\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${alternation(EMERGENCY_EVENTS)})\b(?![^.;!?]{0,30}?\bfor\b)|^\s+(?:(?:quickly|swiftly|rapidly)\s+)?(?:within|in\s+(?:under|less\s+than|just)\s)`, 'u');
// police before "questioned" (perhaps with an auxiliary or an adverb): an interrogation, whatever it was about
const INTERROGATOR_BEFORE = new RegExp(String.raw`\b(?:${alternation(INTERROGATORS)})\s+(?:(?:have|has|had|later|also|then|briefly|were|are|was|is|being|been|still)\s+){0,3}$`, 'i');
const INTERROGATED = new RegExp(QUESTIONED_PERSON, 'u');
const BY_INTERROGATORS = new RegExp(String.raw`^\s+by\s+(?:the\s+)?(?:\p{L}+\s+)?(?:${alternation(INTERROGATORS)})\b`, 'u');
// a suspect sought by the law: "wanted for questioning", "in connection with", "on suspicion of", "on charges of", "on a
// (federal) warrant", "by police" ("was wanted by three clubs" or "wanted for the role" stay a want)
const WANTED_BY_LAW = new RegExp(String.raw`^\s+(?:for\s+questioning|in\s+connection\s+with|on\s+(?:suspicion|charges?|(?:an?\s+)?(?:\p{L}+\s+)?(?:arrest\s+)?warrants?)\b|by\s+(?:the\s+)?(?:\p{L}+\s+)?(?:${alternation(INTERROGATORS)})\b)`, 'u');
// "for questioning" with no object after it (a pause, the end, a time, a place or a topic): the police interview
// ("known for questioning the budget" has its object and stays a cue)
const FOR_QUESTIONING_ALONE = /^(?:\s*[,.;:!?)]|\s*$|\s+(?:on|at|in|after|by|over|about|until|and|but|before|following|overnight|yesterday|today|this|last)\b)/;

/** Whether the form is the police's or an emergency crew's deed, not anyone's words (see the header). */
export function policeAct(text: string, w: SpeechWord, next: string): boolean {
  const lemma = w.form.lemma;
  const word = w.word.toLowerCase();
  const before40 = text.slice(Math.max(0, w.start - 40), w.start);
  if (lemma === 'respond') return RESPONDED_TO_EMERGENCY.test(next);
  if (lemma === 'question' && (INTERROGATED.test(next) && INTERROGATOR_BEFORE.test(before40)
    || BY_INTERROGATORS.test(next) && BE_THEN_ADVERBS.test(before40))) return true;
  if (word === 'wanted') return WANTED_BY_LAW.test(next);
  if (word === 'questioning' && w.before.toLowerCase() === 'for' && FOR_QUESTIONING_ALONE.test(next)) return true;
  if (lemma === 'seek') return INTERROGATED.test(next);
  return false;
}
