// Phrasal verbs of answering, judging and taking a side: cues only with their particle (cues/phrasal-frames.ts),
// which the cue keeps.
import type { SpeechVerb } from './speech-verb-entry.js';
import { verbForms } from './verb-forms.js';

export const PHRASAL_VERBS: SpeechVerb[] = [
  // Phrasal verbs of answering and judging, cues only with their particle, which the cue keeps
  // (cues/phrasal-frames.ts): "hit back at", "lashed out at", "chimed in", "piped up", "played down", "brushed
  // off", "shrugged off". ("fired back", "shot back" are as often gunfire as a retort: cues only next to a quotation
  // or with "that", cues/retort.ts.)
  { lemma: 'hit back', group: 'speech', forms: ['hit', 'hits', 'hitting'], framed: true },
  { lemma: 'fire back', group: 'speech', forms: verbForms('fire'), framed: true },
  { lemma: 'shoot back', group: 'speech', forms: verbForms('shoot'), framed: true },
  { lemma: 'lash out', group: 'speech', forms: verbForms('lash'), framed: true },
  { lemma: 'chime in', group: 'speech', forms: verbForms('chime'), framed: true },
  { lemma: 'pipe up', group: 'speech', forms: verbForms('pipe'), framed: true },
  { lemma: 'play down', group: 'stance', forms: verbForms('play'), framed: true },
  { lemma: 'brush off', group: 'stance', forms: verbForms('brush'), framed: true },
  { lemma: 'shrug off', group: 'stance', forms: verbForms('shrug'), framed: true },
  // More phrasal verbs of taking a side or attacking in words, cues only with their particle (cues/phrasal-frames.ts):
  // "sided with the union", "took aim at the plan", "took a few shots at", "sounded off on", "doubled down on",
  // "came out against the bill". (Without it they are other verbs: "took a train", "came out of the store".)
  { lemma: 'side with', group: 'stance', forms: verbForms('side'), framed: true },
  { lemma: 'take aim', group: 'speech', forms: verbForms('take'), framed: true },
  { lemma: 'sound off', group: 'speech', forms: verbForms('sound'), framed: true },
  { lemma: 'double down', group: 'stance', forms: verbForms('double'), framed: true },
  { lemma: 'come out', group: 'stance', forms: verbForms('come'), framed: true },
  // "singled out the mayor's remarks as cruel", "singled out the goalkeeper for praise": picking someone or something out
  // for judgement in public (the adjective "single" never has "out" after it)
  { lemma: 'single out', group: 'stance', forms: verbForms('single'), framed: true },
  // "poured cold water on the plan", "pours scorn on the report": dismissing something in words, only with its noun and
  // preposition (cues/phrasal-frames.ts); "poured the concrete" is a deed
  { lemma: 'pour scorn', group: 'stance', forms: verbForms('pour'), framed: true },
  // "made clear she would stay", "has made it plain that": saying outright, a cue only with its adjective (cues/phrasal-frames.ts);
  // "make" alone is a thousand other acts
  // (and "made fun of": mocking in words, cues/phrasal-frames.ts)
  { lemma: 'make clear', group: 'speech', forms: verbForms('make'), framed: true },
  // "stood by his remarks", "the paper stands by its reporting": keeping to what one said or decided when it is
  // challenged, only with "by" and such a thing (cues/phrasal-frames.ts); "stood by the door", "stand by for news" are not
  { lemma: 'stand by', group: 'stance', forms: verbForms('stand'), framed: true },
  // "poked fun at the council": mocking in words, only with "fun at" (cues/phrasal-frames.ts); "poked the fire" is a deed
  { lemma: 'poke fun', group: 'speech', forms: verbForms('poke'), framed: true },
];
