// Nouns of saying, holding, promising and demanding: the head of a noun cue ("her claim that ...",
// "his pledge to cut fares"). Read by cues/nouns.ts, and by cues/nominal-unheld.ts for a noun no one holds
// ("the hope that ...").
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
]);

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
 * Nouns of news that report a clause with no source named: "the town mourned after news that the mill
 * would close", "news has surfaced that the deal collapsed". The report is attributed, to nobody the writer names.
 * (Not "reports" or "word": "citing reports that", "denied a report that", "the last word that she heard"
 * are as often the verb's object or a relative clause.)
 */
export const SOURCELESS_NEWS_NOUNS: readonly string[] = ['news'];

/**
 * Nouns of believing, hoping, fearing and telling that report a clause when no one holds them by name: "the hope
 * that the talks resume", "a tacit admission that the plan failed", "the widespread belief that fares will rise".
 * After an article (and a modifier or two) and before "that", annotated news counts the clause as an attribution
 * to a source it does not name, as for "news that". (Not "fact", "idea", "case" or "point": "the fact that",
 * "the idea that" are the writer's own framing, "a case that she made" a relative clause; not "report", "word":
 * SOURCELESS_NEWS_NOUNS says why.)
 */
export const UNHELD_CLAUSE_NOUNS: readonly string[] = [
  'belief', 'beliefs', 'hope', 'hopes', 'fear', 'fears', 'assumption', 'expectation', 'expectations', 'feeling',
  'perception', 'suspicion', 'suspicions', 'acknowledgment', 'acknowledgement', 'admission', 'disclosure',
  'revelation', 'assertion', 'claim', 'claims', 'suggestion', 'notion', 'impression', 'conviction', 'speculation',
  'allegation', 'allegations', 'accusation', 'accusations', 'insistence', 'assurance', 'assurances', 'warning',
  'complaint', 'concern', 'concerns', 'worry', 'worries', 'view', 'argument', 'consensus', 'realization',
];

/**
 * Prepositions whose bare object may be such a noun with no article ("fell amid fears that the mill would close",
 * "hounded by charges that she padded her expenses", "following reports that the pair had fled"): the clause is a report no one
 * is named for. (Not "of", "to", "in" or "with": "friends of the mayor hope that", "responded to reports that", "in
 * hopes that", "with claims that" often hold the subject's own words.)
 */
export const UNHELD_NOUN_PREPOSITIONS: readonly string[] = [
  'amid', 'amidst', 'despite', 'after', 'following', 'over', 'by', 'on', 'against', 'given',
];

/**
 * Nouns of framing whose "that" opens their own content clause, not a new one: "scoffed at the idea that ...",
 * "sneered at the prospect that ...". Read with the nouns above by cues/verb-contexts.ts (AT_NOUN_CLAUSE), where
 * such a noun keeps "at" the particle of the verb before it.
 */
export const FRAMING_CLAUSE_NOUNS: readonly string[] = [
  'idea', 'ideas', 'notion', 'notions', 'prospect', 'possibility', 'thought', 'fact', 'report', 'rumour', 'rumor', 'news',
];

/** Plurals and mass nouns of news that have no article after such a preposition ("amid speculation that"), beside UNHELD_CLAUSE_NOUNS. */
export const BARE_NEWS_NOUNS: readonly string[] = [
  'reports', 'speculation', 'rumors', 'rumours', 'charges', 'suggestions', 'indications', 'predictions', 'doubts',
];

/**
 * Past forms of verbs that take such a noun as their object: after "the claim that the insurer rejected", "the
 * complaint that the club lodged", "the hope that fans had placed in him", with no object of their own after them,
 * "that" opens a relative clause about the noun, not the clause it reports (cues/nominal-unheld.ts); and the verbs
 * that take charges as fees, since the bare form reads "charges" too.
 */
export const UNHELD_NOUN_TAKING_PASTS: readonly string[] = [
  'filed', 'lodged', 'raised', 'voiced', 'issued', 'made', 'brought', 'rejected', 'dismissed', 'denied', 'heard',
  'received', 'expressed', 'shared', 'placed', 'pinned', 'held', 'had', 'heeded', 'ignored', 'allayed', 'addressed',
  'echoed', 'repeated', 'withdrew', 'withdrawn', 'dropped', 'upheld', 'gave', 'given', 'sent', 'posted', 'published',
  'reached', 'cited', 'investigated', 'levelled', 'leveled', 'harbored', 'harboured', 'accepted', 'disputed',
  'contested', 'settled', 'won', 'lost',
  // the fee sense of "charges" after a bare preposition: "hit by charges that the bank introduced last year"
  'introduced', 'imposed', 'levied', 'waived', 'scrapped', 'collected', 'incurred',
];

/**
 * Verbs by which someone is asked questions, read before "questions about whether ..." ("the mayor faced
 * questions about whether she knew", "fielded tough questions about how the fund would pay"): the wh-clause
 * is what others asked, an attribution to nobody named. (Not "raised" or "prompted": "the delay raises
 * questions about whether ..." is the writer's own doubt, which annotated news does not count; not "answered",
 * a speech verb whose own record holds the questions.)
 */
export const QUESTIONED_VERBS: readonly string[] = [
  'face', 'faces', 'faced', 'facing', 'endure', 'endures', 'endured', 'enduring',
  'field', 'fields', 'fielded', 'fielding',
  'dodge', 'dodges', 'dodged', 'dodging', 'deflect', 'deflects', 'deflected', 'deflecting',
  'sidestep', 'sidesteps', 'sidestepped', 'sidestepping',
  'peppered with', 'bombarded with', 'pressed with', 'met with',
];

/**
 * Nouns of someone's own telling or counting, after "by" and a possessor: "By her own account, she visited 40 towns",
 * "..., by the agency's estimate". The phrase names a source as "according to X" does, the clause beside it the content.
 * (Not "by all accounts": the writer's hedge, no one named.)
 */
export const OWN_ACCOUNT_NOUNS: readonly string[] = ['account', 'admission', 'count', 'estimate', 'reckoning', 'tally', 'telling'];

/**
 * Words that describe a noun cue between its possessor and the noun ("her new claim that", "the coach's terse
 * reply:", "the mayor's official statement:"): annotated news draws them into the cue (cues/nouns.ts NOUN_CUE, and
 * cues/noun-modifier.ts for a noun-like speech form read as a verb). cues/nouns.ts also takes adverbs in -ly and
 * forms in -ed/-est by their shape; noun-modifier.ts takes only these words, hyphened adjectives and platform names.
 */
export const NOUN_CUE_MODIFIERS: readonly string[] = [
  'new', 'latest', 'recent', 'repeated', 'false', 'bold', 'own', 'earlier', 'first', 'main', 'central', 'key', 'public',
  'private', 'frequent', 'unfounded', 'baseless',
];

/** More describing words that stand before a noun-like speech form read as a verb ("his terse reply:"): cues/noun-modifier.ts. */
export const REPLY_MODIFIERS: readonly string[] = [
  'brief', 'short', 'terse', 'curt', 'succinct', 'blunt', 'lengthy', 'long', 'angry', 'sharp', 'stern', 'official',
  'formal', 'written', 'final', 'initial', 'usual', 'defiant', 'emotional', 'tearful', 'cryptic', 'familiar',
];
