// The chains before "to" and a speech form that are one cue with it ("went on to say", "took to the radio to
// attack", "voted 8 to 3 to back"): the verb pass reads where such a chain starts, and the cue starts there.
import { CHAIN_OCCASIONS } from '../../lexicon/cue-contexts.js';
import { alternation } from '../alternation.js';
import { latin1Twin } from '../latin1-twin.js';
import { verbForms } from '../../lexicon/verb-forms.js';

// the chain verbs in all their forms (lexicon/verb-forms.ts; "go" is irregular past its list and stays written out)
const TAKE = alternation(verbForms('take'));
const USE = alternation(verbForms('use'));
const VOTE = alternation(verbForms('vote'));

// "went on to thank", "went on national radio to declare", "took to social media to say", "took to the airwaves
// to defend", "used the speech to attack": going on to, or taking to a medium or an occasion to, say something
// is saying it, and annotated news marks the chain (or its last verb) as the cue. Read on the window before
// "to" and the form, at most three words between; the match starts at the chain's first verb.
// ("the panel voted 8 to 3 to back the vaccine", "voted unanimously to condemn": a vote to take a stance is the stance)
const VOTED = String.raw`(?:${VOTE})(?:\s+(?:\d{1,3}\s*[-–]\s*\d{1,3}|\d{1,3}\s+to\s+\d{1,3}|unanimously|overwhelmingly|narrowly))?`;
// (with a twin for windows of Latin-1 letters, cheaper to compile: latin1-twin.ts)
const CHAIN_TO_SPEECH = latin1Twin(new RegExp(String.raw`\b(?:(?:go|goes|went|gone|going)\s+on(?:\s+[\p{L}\p{N}’'.-]+){0,3}|(?:${TAKE})\s+to(?:\s+[\p{L}\p{N}’'.-]+){1,3}|(?:${USE})\s+(?:(?:the|his|her|their|its|a|an|much\s+of\s+(?:the|his|her|their|its))\s+)?(?:[\p{L}-]+\s+)?(?:${alternation(CHAIN_OCCASIONS)})|${VOTED})\s+to\s+$`, 'iu'));
const BE_LAST = /\b(?:is|are|was|were|am|be|been|being|[’']s|[’']re|[’']m)\s+$/i;

/** Where a chain before "to" and the form at `at` starts ("went on to", "took to the radio to"), or -1. */
export function chainStart(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 60), at);
  const m = CHAIN_TO_SPEECH.for(window).exec(window);
  if (m === null) return -1;
  const start = at - window.length + m.index;
  // an -ing chain only as a progressive ("is taking to the airwaves to defend"): elsewhere it is a participle
  // phrase whose subject is another clause's ("..., the driver yelled, using a curse to describe them")
  if (/^\p{L}+ing\b/iu.test(m[0]) && !BE_LAST.test(text.slice(Math.max(0, start - 12), start))) return -1;
  return start;
}

// "kept saying", "began by praising", "stopped short of blaming", "resisted mentioning": a verb of
// going on, starting, stopping or holding back with a speech form's gerund after it is one cue with it in annotated
// news (5 of 5 on dev), as "continued to criticize" is (ASPECT_VERBS before "to", verbs.ts)
// ("has taken to urging", "turned to attacking", "resorted to threatening": a habit taken up, a turn to a new line, is
// one chain with its gerund too, not an infinitive's "to"; not a passive "was taken to", someone carried somewhere)
const GERUND_CHAIN = new RegExp(String.raw`\b(?:keep|keeps|kept|keeping|continue|continues|continued|continuing|(?:begin|begins|began|begun|start|starts|started)(?:\s+by)?|stop|stops|stopped|(?:stop|stops|stopped)\s+short\s+of|resist|resists|resisted|quit|quits|(?:${alternation(['take', 'turn', 'resort'].flatMap(verbForms))})\s+to)\s+$`, 'i');
const PASSIVE_BE = /\b(?:is|are|was|were|be|been|being|[’']s|[’']re)\s+$/i;
// a topic that turns ("Attention then turned to criticising the budget", "Talk turned to blaming the referee", "Focus has
// turned to questioning ..."): the talk moved on, nobody took up a line, so no chain and no speaker
const TOPIC_TURNS = /\b(?:attention|focus|talk|conversation|conversations|debate|discussion|discussions|mood|thoughts|minds)\s+(?:(?:has|had|have|then|soon|now|later|also|\p{Ll}+ly)\s+)*turn\w*\s+to\s+$/iu;

/** Where a chain before the gerund `word` at `at` starts ("kept saying", "began by talking"), or -1. */
export function gerundChainStart(text: string, at: number, word: string): number {
  if (!/ing$/i.test(word)) return -1;
  const window = text.slice(Math.max(0, at - 30), at);
  const m = GERUND_CHAIN.exec(window);
  // not after "to": "his refusal to resist commenting" is a noun's infinitive, no chain of the speaker's
  return m === null || /\bto\s+$/i.test(window.slice(0, m.index)) || (/to\s+$/i.test(m[0]) && PASSIVE_BE.test(window.slice(0, m.index)))
    || TOPIC_TURNS.test(text.slice(Math.max(0, at - 60), at))
    ? -1 : at - window.length + m.index;
}

// "enough for Osk to claim vindication", "a reason for Ada Lind to back the bid", "prompted the mayor's rival to scold
// the referee": an infinitive whose own subject stands right before "to" (after "enough for" or "reason for", or as
// the object of a verb of causing) names who said it or would, so annotated news marks "to" and the form as the cue
// of that subject; an infinitive with no subject of its own ("vowed to build") stays part of the clause around it
// (verbs.ts). A bare "for" is no lead: "no need for her to explain", "illegal for the bank to claim the credit",
// "waiting for him to confirm" name an act nobody has done or stated.
// (the words before the subject alone are exported: the speaker rules read the subject after them, quotes/infinitive-subject.ts)
const LEAD = String.raw`(?:(?:enough|reasons?)\s+for|(?:prompt|force|push|cause|spur)(?:s|ed|ing)?|led|leads|leading)`;
export const SUBJECT_LEAD = new RegExp(String.raw`\b${LEAD}\s+$`);
const SUBJECT_BEFORE_TO = new RegExp(String.raw`\b${LEAD}\s+(?:him|her|them|us|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)\s+to\s+$`, 'u');

/** Where "to" stands before the form at `at` when the infinitive has its own subject right before it ("for him to claim"), or -1. */
export function subjectInfinitiveStart(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 48), at);
  return SUBJECT_BEFORE_TO.test(window) ? at - window.length + window.lastIndexOf('to') : -1;
}
