// Nouns of saying, holding, promising and demanding: the head of a noun cue ("her claim that ...",
// "his pledge to cut fares"), and the words around it. Read by cues/nouns.ts and its neighbours; the nouns of a
// report no one holds by name ("the hope that ...", "amid fears that ...") are in unheld-report-nouns.ts.
import { POSSESSIVE_DETERMINERS } from './pronouns.js';

/**
 * The possessive words that may hold a noun cue ("his claim that", "Their question was why", "its critique of"): the
 * possessive determiners but "my" and "your" (a noun cue's holder in news copy is a third party, or "our" for a body
 * speaking of itself). cues/nominal-possessor.ts builds the regex pieces from it, for the possessor look-backs of the
 * noun cues and of their contents, and for the determiners a noun cue's object or infinitive may not open with.
 */
export const HOLDER_POSSESSIVES: readonly string[] = [...POSSESSIVE_DETERMINERS].filter((w) => w !== 'my' && w !== 'your');

/**
 * Nouns of saying and holding that report a clause: "the mayor's claim that ...", "her warning that ...".
 * After a possessor and before "that" they are reported speech with the possessor as its source.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'accusation', 'accusations', 'allegation', 'allegations',
  'argument', 'belief', 'contention', 'insistence', 'suggestion', 'warning', 'warnings', 'promise', 'promises',
  'pledge', 'vow', 'charge', 'complaint', 'complaints', 'declaration', 'prediction', 'predictions', 'statement',
  'view', 'admission', 'acknowledgment', 'acknowledgement', 'announcement', 'boast', 'threat', 'fear', 'fears',
  'hope', 'hopes', 'conviction', 'position', 'message', 'remark', 'remarks', 'comment', 'comments',
  // proposing and objecting ("her proposal that the city buy the pier", "his objection that the vote was
  // rushed"; not "demand": "Her demand that he resign was backed by ..." is most often the subject of a
  // main verb the content would run over, until the quote stage ends a subject's that-clause before it)
  'request', 'proposal', 'recommendation', 'criticism', 'objection', 'denial',
  'assurance', 'assurances',
  // worrying and doubting, beliefs the holder states ("her concern that costs will rise")
  'concern', 'concerns', 'worry', 'worries', 'doubt', 'doubts',
  // a forecast its maker states, as "prediction" ("the bank's forecast that rates would fall")
  'forecast', 'forecasts',
]);

/**
 * Nouns of promising, threatening and demanding that report an infinitive: "her pledge to cut fares",
 * "his threat to sue", "their call to close the mine", "his claim to be the front-runner"; and nouns of
 * wanting, an intention the holder has ("the mayor's desire to end the strike", "her eagerness to
 * debate", "their determination to finish"), which annotated news counts as "X wants". (Not plans,
 * hopes, decisions or efforts: "his plans to open", "her decision to sell" are deeds, reported as facts.)
 */
export const INFINITIVE_SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'pledge', 'pledges', 'promise', 'promises', 'vow', 'vows', 'threat', 'threats', 'call', 'calls',
  'demand', 'demands', 'refusal', 'offer', 'warning', 'warnings',
  'desire', 'wish', 'eagerness', 'determination', 'intention',
  // the nouns of the intention adjectives cues/adjectives.ts reads before "to" ("was reluctant to", "is willing to"):
  // "his reluctance to endorse the nominee", "their unwillingness to condemn the raids", "her willingness to testify"
  'refusals', 'reluctance', 'unwillingness', 'willingness', 'desperation', 'keenness',
]);

/**
 * Nouns of failing, before an infinitive only when its verb is one of saying or backing ("the coach's failure to
 * condemn the chants", "her failure to disclose the loans"), as the chain "failed to condemn" is read (cues/verbs.ts):
 * not to some other deed ("his failure to pay the fine", "their failure to act").
 */
export const FAILURE_NOUNS: ReadonlySet<string> = new Set(['failure', 'failures']);

/**
 * Nouns of a plan, read only as the topic its holder is questioned on: "The host pressed Ida Kim on her plan to
 * raise pay", "grilled him over his proposal to close the depot". A plan put to its holder is a stance the holder
 * has stated. (Elsewhere "his plans to open a store", "her proposal to sell" are as often deeds reported as facts.)
 */
export const QUESTIONED_PLAN_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'proposal', 'proposals']);

/** Verbs of questioning someone on a topic, before the one questioned and "on", "about" or "over". */
export const QUESTIONING_VERBS: readonly string[] = [
  'press', 'presses', 'pressed', 'pressing', 'question', 'questions', 'questioned', 'questioning',
  'grill', 'grills', 'grilled', 'grilling', 'quiz', 'quizzes', 'quizzed', 'quizzing',
  'challenge', 'challenges', 'challenged', 'challenging',
];

/**
 * Nouns of promising that someone comes with: "She returned with a promise to reopen talks", "won over holdouts
 * with pledges to cut fees". The promise is the clause's subject's, the infinitive what was promised. (Not
 * threats, calls or offers: "came with a threat to jobs", "with a call to action", "with an offer to buy"
 * are as often no words at all, or the words of someone else.)
 */
export const WITH_PROMISE_NOUNS: readonly string[] = ['promise', 'promises', 'pledge', 'pledges', 'vow', 'vows'];

/**
 * Nouns of someone's own telling or counting, after "by" and a possessor: "By her own account, she visited 40 towns",
 * "..., by the agency's estimate". The phrase names a source as "according to X" does, the clause beside it the content.
 * (Not "by all accounts": the writer's hedge, no one named.)
 */
export const OWN_ACCOUNT_NOUNS: readonly string[] = ['account', 'admission', 'count', 'estimate', 'reckoning', 'tally', 'telling'];

/**
 * Nouns of a held view, after "in" and a possessor: "In the coach's view, the referee lost control", "..., in her
 * opinion". The phrase names whose belief the clause beside it is, as "in the view of X" does. (Not "eyes": "in her
 * eyes" is as often a look as a view.)
 */
export const OWN_VIEW_NOUNS: readonly string[] = ['view', 'opinion', 'judgment', 'judgement', 'estimation'];

/**
 * Words that describe a noun cue between its possessor and the noun ("her new claim that", "the coach's terse
 * reply:", "the mayor's official statement:"): annotated news draws them into the cue (cues/nouns.ts NOUN_CUE, with
 * REPLY_MODIFIERS too: "her initial refusal to", and
 * cues/noun-modifier.ts for a noun-like speech form read as a verb). cues/nouns.ts also takes adverbs in -ly and
 * forms in -ed/-est by their shape; noun-modifier.ts takes only these words, hyphened adjectives and platform names.
 */
export const NOUN_CUE_MODIFIERS: readonly string[] = [
  'new', 'latest', 'recent', 'repeated', 'false', 'bold', 'own', 'earlier', 'first', 'main', 'central', 'key', 'public',
  'private', 'frequent', 'unfounded', 'baseless',
  // a stance kept up or made plain ("her persistent refusal to", "his outright denial that")
  'persistent', 'stubborn', 'flat', 'outright', 'apparent', 'continuing', 'ongoing', 'steadfast', 'collective',
];

/** More describing words that stand before a noun-like speech form read as a verb ("his terse reply:"): cues/noun-modifier.ts. */
export const REPLY_MODIFIERS: readonly string[] = [
  'brief', 'short', 'terse', 'curt', 'succinct', 'blunt', 'lengthy', 'long', 'angry', 'sharp', 'stern', 'official',
  'formal', 'written', 'final', 'initial', 'usual', 'defiant', 'emotional', 'tearful', 'cryptic', 'familiar',
];
