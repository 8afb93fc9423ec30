// Nouns of news, belief and telling that report a clause no one holds by name ("news that the mill would close",
// "amid fears that ...", "faced questions about whether ..."), with the prepositions and verbs around them that
// decide the reading. Read by cues/nominal-unheld.ts, cues/nominal.ts, cues/nominal-question.ts and
// cues/verb-span-words.ts; the nouns a named holder has ("her claim that ...") are in speech-nouns.ts.

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
 * "sneered at the prospect that ...". Read with the nouns above by cues/verb-span-words.ts (AT_NOUN_CLAUSE), where
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
 * Nouns of a held view that "there is" reports with no article ("There is growing concern that ...", "There's broad
 * agreement that ...", "There is now little doubt that ...", "There are fears among growers that ..."), beside
 * UNHELD_CLAUSE_NOUNS: annotated news counts the clause as an attribution to nobody named (or to the holders after
 * "among"). Doubt and agreement count only here: "the doubt that" is rare, and "an agreement that" is a pact.
 */
export const EXISTENTIAL_VIEW_NOUNS: readonly string[] = [
  'agreement', 'doubt', 'doubts', 'sense', 'speculation', 'talk', 'optimism', 'skepticism', 'scepticism', 'confidence',
];
