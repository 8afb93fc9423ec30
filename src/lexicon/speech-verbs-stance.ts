// Verbs of stance: endorsing, opposing, judging, portraying and feeling toward someone or something,
// and public acts that carry a stance. PolNeAR counts all of them as attributions.
import { g, type SpeechVerb } from './speech-verb-entry.js';

export const STANCE_VERBS: SpeechVerb[] = [
  // liken: "likened the mayor to a magician" is a judgement, like "compare" (only with "to/with": cues/frames.ts)
  { lemma: 'liken', group: 'stance', framed: true },
  // push for: pressing a demand in public ("has pushed for a recount"; cues/frames.ts)
  { lemma: 'push', group: 'stance', framed: true },
  // compare: likening someone or something to another ("compared the mayor to a magician") is a
  // judgement; only with an object and "to/with" (cues/frames.ts), not "compared with last year"
  { lemma: 'compare', group: 'stance', framed: true },
  // Stance toward a person or plan: PolNeAR counts endorsements as attributions.
  ...g('stance', ['endorse', 'support', 'oppose', 'back']),
  // Public acts that carry a stance ("voted for", "denounced", "thanked"): PolNeAR counts them.
  // promote: pushing an idea or product in public ("has promoted unproven cures") is a stance voiced.
  // list: "listed three reasons", "listed the drug as unsafe": a statement item by item.
  // name, release, rule count only in their speech frames (cues/verbs.ts): "named X as Y" (calling
  // something something), "released a statement/report/ad" (putting out a message), "ruled that /
  // against / out" (a court's or referee's holding); with a plain object they are acts.
  ...g('stance', ['denounce', 'attack', 'congratulate', 'thank', 'promote', 'offer', 'name', 'list', 'release', 'rule']),
  // campaign: pressing a cause in public ("has long campaigned for cheaper buses", "campaigning against the levy"),
  // only with "for/against" and a cause after it (cues/frames.ts): campaigning for a candidate or an office
  // ("campaigned for Ida Lind", "campaigning for the presidency") is electioneering, an act; "the campaign" is a noun
  { lemma: 'campaign', group: 'stance', forms: ['campaigned', 'campaigning', 'campaigns'], framed: true },
  // issue: like "release", only with a message as its object ("issued a statement"; cues/verbs.ts);
  // "the issue" is a noun (AMBIGUOUS) and "issued permits" an act
  { lemma: 'issue', group: 'stance', framed: true },
  // Judging someone or something in public (Levin's judgement and characterize verbs): the object is
  // the stance's content ("defended the plan", "portrayed her as weak", "decried the cuts").
  ...g('stance', ['defend', 'portray', 'characterize', 'characterise', 'depict', 'dub', 'brand', 'highlight',
    'underscore', 'celebrate', 'challenge', 'advocate', 'assail', 'chastise', 'rebuke', 'reprimand', 'decry',
    'ridicule', 'commend', 'downplay', 'welcome', 'recognize', 'recognise', 'discuss', 'berate',
    'fault', 'credit', 'lobby', 'hammer', 'champion', 'request']),
  // (hammer: headline English for attacking in words, like "slam" and "blast"; champion: to speak
  // for a cause, like "advocate"; lobby: to press officials for a position, "lobbied for the waiver")
  // approve of: a held stance, as polls report it ("most drivers approve of the new toll"), only with
  // "of" (cues/frames.ts): "approved the budget" is a vote or a permit, an act
  { lemma: 'approve', group: 'stance', framed: true },
  { lemma: 'disapprove', group: 'stance', framed: true },
  // bill: only "billed as" ("the summit was billed as a turning point", "organisers billed the race as the toughest yet";
  // cues/frames.ts), presenting something as something, like "dub" and "tout"; "the bill", "billed the council for
  // repairs" are money, and "billing" a noun
  { lemma: 'bill', group: 'stance', forms: ['billed'], framed: true },
  // cast: only "cast X as Y" (cues/verbs.ts), portraying, like "portray"; "cast a vote" is an act
  { lemma: 'cast', group: 'stance', forms: ['cast', 'casts', 'casting'] },
  // Disputing a question with someone (Levin's correspond verbs, 36.1): "the two councils clashed over whether the
  // pool should reopen", "growers have sparred for weeks over how much the crop is worth". A dispute over what is true
  // or what should be done is each side's stance; only with the question after "over" or "about" (cues/disputed-question.ts
  // DISPUTED_QUESTION): "fans clashed with police", "the colours clash", "quarrelled with a neighbour" are fights or
  // disagreements over nothing reported. Not "debate": "the council spent the night debating whether to" is
  // deliberation, no side's view (like "discuss" and "consider" with a question)
  ...(['clash', 'wrangle', 'bicker', 'squabble', 'feud'] as const).map((lemma): SpeechVerb => ({ lemma, group: 'stance', framed: true })),
  { lemma: 'spar', group: 'stance', forms: ['spar', 'spars', 'sparred', 'sparring'], framed: true },
  { lemma: 'quarrel', group: 'stance', forms: ['quarrel', 'quarrels', 'quarreled', 'quarrelled', 'quarreling', 'quarrelling'], framed: true },
  // Feelings toward someone or something (Levin's admire verbs): PolNeAR counts them as held stances.
  ...g('feeling', ['love', 'admire', 'hate', 'dislike', 'despise', 'loathe', 'distrust', 'prefer', 'enjoy',
    'favor', 'favour', 'resent', 'appreciate', 'like']),
];

/**
 * Verbs that name or class their object ("a levy that shop owners called reckless", "a fire that the
 * chief described as arson"): in a relative clause the object is the antecedent, so the content runs from
 * the antecedent's noun phrase (quotes/relative-content.ts).
 */
export const OBJECT_NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'dub', 'label', 'term', 'brand']);

/** Verbs that name or judge their object as something, in a passive with its complement and agent ("Raw milk is
 *  considered unsafe by health officials", "was called a liar by rivals": quotes/naming-passive.ts): the naming verbs
 *  above and the verbs of regarding. */
export const NAMING_OR_JUDGING_VERBS: ReadonlySet<string> = new Set([...OBJECT_NAMING_VERBS, 'consider', 'see', 'regard', 'view', 'deem']);

/** The verbs of disputing a question above, by lemma: their frame (cues/frames.ts) and their particle (cues/verb-span-words.ts) read the same list. */
export const DISPUTE_LEMMAS = ['clash', 'spar', 'quarrel', 'wrangle', 'bicker', 'squabble', 'feud'] as const;
