// What a verb cue's span takes in around the verb itself: the auxiliaries and adverbs before it ("has also said"),
// the particle of a phrasal verb after it ("pointed to", "hinted at"), and the noun a light verb expresses
// ("voiced concerns"). Read by cues/verb-span.ts and, for the particles, by the passes that test a form's
// next word; the other contexts around a form are in verb-contexts.ts.
import { wordBeforeBlanks } from '../segment/last-word.js';
import { DISPUTE_LEMMAS } from '../../lexicon/speech-verbs-stance.js';
import { alternation } from '../alternation.js';
import { SPEECH_NOUNS } from '../../lexicon/speech-nouns.js';
import { BARE_NEWS_NOUNS, FRAMING_CLAUSE_NOUNS, UNHELD_CLAUSE_NOUNS } from '../../lexicon/unheld-report-nouns.js';
import { latin1Twin } from '../latin1-twin.js';

// PolNeAR-style cue spans take in the auxiliaries and adverbs before the verb ("has also said",
// "didn't think", "has long argued", "had twice warned", "can no longer deny") and the particle of a phrasal verb ("pointed to", "called on").
// ("more", "most", "less" only as the degree of an adverb: "are more widely seen as", "is most often cited"; "many more
// said" is a subject)
export const AUX_BEFORE = /(?:(?:[’'](?:s|re|ve|m|d|ll)\s+)|\b(?:more|most|less)\s+(?=(?:\p{Ll}+ly|often)\s)|\b(?:\p{Ll}+ly|even|now|always|to|also|has|have|had|is|was|were|are|am|be|been|being|did|does|do|will|would|could|should|can|may|might|must|not|never|then|later|previously|repeatedly|once|again|further|publicly|privately|already|often|still|just|recently|first|earlier|long|twice|sometimes|almost|ever|seldom|together|no\s+longer|(?:did|does|do|is|was|are|were|has|have|had|could|would|should|wo|ca)n['’]t)\s+)+$/iu;
// the unit AUX_BEFORE must end with, read on the last word before the cue alone (a few characters)
// instead of the whole pattern tried from every position of its window: most cues follow a name
// (PERF's gate: exact, since the full match implies it; measured findCues 117-162 -> 92-98 ms on the bench corpus)
const AUX_LAST = /(?:[’'](?:s|re|ve|m|d|ll)|\b(?:\p{Ll}+ly|even|now|always|to|also|has|have|had|is|was|were|are|am|be|been|being|did|does|do|will|would|could|should|can|may|might|must|not|never|then|later|previously|repeatedly|once|again|further|publicly|privately|already|often|still|just|recently|first|earlier|long|twice|sometimes|almost|ever|seldom|together|longer|(?:did|does|do|is|was|are|were|has|have|had|could|would|should|wo|ca)n['’]t))$/iu;
const BLANK = /\s/;

const isBlank = (c: string): boolean => BLANK.test(c);

/** AUX_BEFORE on the window before a cue, tried only when the window's last word can end it. */
export function auxBefore(window: string): RegExpExecArray | null {
  const last = wordBeforeBlanks(window, isBlank);
  return last !== null && AUX_LAST.test(last) ? AUX_BEFORE.exec(window) : null;
}
// "hinted at a news conference that fares would rise": a short "at" phrase and then a that-clause is where it was
// said, and the clause the content, so "at" is no particle there (cues/verb-span.ts)
export const AT_PHRASE_THEN_CLAUSE = /^\s+at\s+(?:[\p{L}’'-]+\s+){1,4}that\s/u;
// but a noun whose that-clause is its own content keeps "at" the verb's: "scoffed at the idea that the pier would
// close", "sneered at claims that she had quit" (what the scorn is aimed at is the noun and its clause)
const CLAUSE_NOUNS = [...SPEECH_NOUNS, ...UNHELD_CLAUSE_NOUNS, ...BARE_NEWS_NOUNS, ...FRAMING_CLAUSE_NOUNS];
export const AT_NOUN_CLAUSE = latin1Twin(new RegExp(String.raw`^\s+at\s+(?:[\p{L}’'-]+\s+){0,3}(?:${alternation(CLAUSE_NOUNS)})\s+that\s`, 'iu'));
const DISPUTED_OVER = /^\s+(?:over|about)\b/i;
export const PARTICLES: Record<string, RegExp> = {
  comment: /^\s+on\b/i, insist: /^\s+on\b/i, elaborate: /^\s+on\b/i, respond: /^\s+to\b/i, reply: /^\s+to\b/i,
  object: /^\s+to\b/i, 'go on': /^\s+on\b/i, ask: /^\s+about\b/i, joke: /^\s+about\b/i, boast: /^\s+about\b/i, testify: /^\s+(?:about|before)\b/i,
  cheer: /^\s+for\b/i, rail: /^\s+against\b/i, lament: /^\s+about\b/i, brag: /^\s+about\b/i,
  point: /^\s+(?:to|out)\b/i, call: /^\s+(?:on|for)\b/i, speak: /^\s+(?:out\s+(?:about|against|on)|about|of|out)\b/i, refer: /^\s+to\b/i,
  // "hinted at a rise in fares", "marveled at the turnout", "scoffed at the offer", "sneered at", "sniped at": what the
  // hint, wonder or scorn is aimed at is the content; after other verbs "at" is where ("said at a rally")
  // (but not where a short "at" phrase comes before a that-clause: AT_PHRASE_THEN_CLAUSE, unless AT_NOUN_CLAUSE)
  hint: /^\s+at\b/i, marvel: /^\s+at\b/i, scoff: /^\s+at\b/i, sneer: /^\s+at\b/i, snipe: /^\s+at\b/i,
  // "Appeals court rules against the city": a ruling's side is its own particle, so a body's present "rules" with it
  // is the body's verb (verb-reading.ts bodySays), not the plural noun of "court rules"
  rule: /^\s+against\b/i,
  // "clashed over whether", "sparred about how": the preposition before the question disputed (cues/disputed-question.ts)
  ...Object.fromEntries(DISPUTE_LEMMAS.map((lemma) => [lemma, DISPUTED_OVER])),
  talk: /^\s+(?:about|up)\b/i, know: /^\s+(?:for|as)\b/i, weigh: /^\s+in(?:\s+on)?\b/i, cite: /^\s+as\b/i, agree: /^\s+with\b/i, complain: /^\s+about\b/i, campaign: /^\s+(?:for|against)\b/i, warn: /^\s+(?:of|about|against)\b/i,
};

export const LIGHT_VERBS = /^(?:express|voice|offer|signal|stress|show|register)$/;
export const LIGHT_NOUN = /^\s+(?:(?:his|her|their|its|our|some|deep|grave|serious|strong|growing|new|renewed|full|public|early|clear|little|any)\s+){0,2}(?:concerns?|support|opposition|doubts?|misgivings|outrage|frustration|dismay|thoughts|congratulations|desire|need|hopes?|confidence|skepticism|scepticism|reservations|regrets?|sympathy|condolences|interest|anger|fury|disgust|disappointment|surprise|alarm|gratitude|fears?|worries|optimism|solidarity|signs)(?:\s+(?:about|over|for|with|on|to|at|in|of))?\b/i;
