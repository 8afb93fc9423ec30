// Verbs of the mind and of findings: beliefs, intentions, seeming, coming to know, and what polls,
// studies and records show. PolNeAR counts them when they take a clause or a quote ("she believes that
// ...", "polls show ...").
import { g, type SpeechVerb } from './speech-verb-entry.js';

export const MIND_VERBS: SpeechVerb[] = [
  ...g('belief', ['ponder']),
  // project: an estimate of a result ("projected that costs will rise", "projects a surplus");
  // "a project", "the projects" are nouns (AMBIGUOUS)
  ...g('evidence', ['project']),
  // Beliefs: PolNeAR counts them ("believes that", "thinks").
  { lemma: 'think', group: 'belief', forms: ['think', 'thinks', 'thought', 'thinking'] },
  ...g('belief', ['believe', 'expect', 'hope', 'fear', 'worry', 'doubt', 'assume', 'suspect']),
  // feel: "felt" only with a clause ("felt the fee was unfair"; cues/frames.ts), not a mood ("felt betrayed")
  { lemma: 'feel', group: 'belief', forms: ['feel', 'feels', 'felt', 'feeling'], framed: ['felt'] },
  // Findings of polls, studies, records ("polls show", "the study found").
  { lemma: 'show', group: 'evidence', forms: ['show', 'shows', 'showed', 'shown', 'showing'] },
  { lemma: 'find', group: 'evidence', forms: ['find', 'finds', 'found', 'finding'] },
  // ("the study suggests/reveals/estimates/concludes" are findings too, but these four are listed once, as verbs of
  // saying (speech-verbs-saying), since a person suggests or concludes as often as a study does)
  // Appearances and judgements held by someone ("X seems to ...", "X considered ..."): PolNeAR counts them.
  ...g('belief', ['seem', 'appear', 'consider', 'view']),
  // deem: a judgement held of something ("inspectors deemed the bridge unsafe", "the levy was deemed a tax"), Levin's
  // declare verbs, like "consider"; it has no other sense
  ...g('belief', ['deem']),
  // accept, decide: a view conceded or settled, only with its clause ("accepted that the plan had failed", "decided that
  // the stand was safe"; cues/frames.ts), like "admit" and "conclude"; "accepted the offer", "decided to sell" are acts
  { lemma: 'accept', group: 'belief', framed: true },
  { lemma: 'decide', group: 'belief', framed: true },
  // judged: the same judgement, only with what it holds (cues/frames.ts JUDGED_AS: "judged the merger a failure", "judged
  // that the risk was small", "was judged too costly"); "judged the pie contest", "judging by the polls" judge nothing
  // said, and "judge", "judges" are as often the court's
  { lemma: 'judge', group: 'belief', forms: ['judged'], framed: true },
  // Intentions: PolNeAR counts them ("wants to", "plans to").
  ...g('intent', ['want', 'plan', 'intend']),
  // seek: its past is irregular ("sought to calm the markets"), so its forms are listed
  { lemma: 'seek', group: 'intent', forms: ['seek', 'seeks', 'sought', 'seeking'] },
  // look: an intention only in its frames "looks to <verb>" and "looking for" (cues/frames.ts);
  // elsewhere it is seeing ("looked at the map") or seeming ("looks tired")
  { lemma: 'look', group: 'intent', forms: ['look', 'looks', 'looked', 'looking'], framed: true },
  // see, regard: a held view only as "see X as Y" / "seen as Y" (cues/frames.ts), like "view";
  // elsewhere "see" is perception ("we see growth"), the reason it was dropped before
  { lemma: 'see', group: 'belief', forms: ['see', 'sees', 'saw', 'seen', 'seeing'], framed: true },
  { lemma: 'regard', group: 'belief', forms: ['regard', 'regards', 'regarded', 'regarding'], framed: true },
  // Coming to know or holding in mind (cognition verbs with a clause): "they learned the vote was lost".
  ...g('belief', ['realize', 'realise', 'remember', 'anticipate']),
  // hear: being told a claim, only with its clause ("The court heard that the driver had been drinking", "we
  // have heard from staff that ..."; cues/frames.ts); "heard the shots" is perception, "a hearing" a noun
  { lemma: 'hear', group: 'belief', forms: ['hear', 'hears', 'heard'], framed: true },
  // learn: coming to know a claim only with a clause ("learned the vote was lost", "learned of the plan";
  // cues/frames.ts), not a skill or a lesson ("learned the trick", "learned to swim")
  { lemma: 'learn', group: 'belief', framed: true },
  // notice: coming to see that something holds, only with a clause, as "learn" ("noticed that the seal was cracked",
  // "noticed the lights were off"; cues/frames.ts), not a thing seen ("noticed a lump"); "notice", "notices" are as often
  // the noun ("gave notice", "eviction notices"), so only the past and the -ing form
  { lemma: 'notice', group: 'belief', forms: ['noticed', 'noticing'], framed: true },
  { lemma: 'understand', group: 'belief', forms: ['understand', 'understands', 'understood'] },
  // known: only the passive of a held reputation or a known fact ("is best known for", "is known as", "were known
  // to", "it is well known that"; cues/frames.ts and the verb pass), which annotated news counts with its
  // source left unnamed; the active "know" stays out (DROPPED), and so does a bare "known as" naming something
  { lemma: 'know', group: 'belief', forms: ['known'], framed: true },
  // rumoured: talk passed on with its source left unnamed, only as a passive with its complement ("is rumoured to be
  // leaving", "it was rumored that ..."; the gate in cues/verb-gates.ts), which annotated news counts as "is said to";
  // the active verb ("Fans rumoured that ...") and the participle before a figure ("a fee rumoured at £30m") are no cue
  { lemma: 'rumour', group: 'belief', forms: ['rumoured', 'rumored'], framed: true },
];
