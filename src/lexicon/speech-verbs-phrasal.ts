// Phrasal verbs of answering, judging and taking a side: cues only with their particle (cues/phrasal-frames.ts),
// which the cue keeps.
import type { SpeechVerb } from './speech-verb-entry.js';

export const PHRASAL_VERBS: SpeechVerb[] = [
  // Phrasal verbs of answering and judging, cues only with their particle, which the cue keeps
  // (cues/phrasal-frames.ts): "hit back at", "lashed out at", "chimed in", "piped up", "played down", "brushed
  // off", "shrugged off". ("fired back", "shot back" are as often gunfire as a retort: cues only next to a quotation
  // or with "that", cues/retort.ts.)
  { lemma: 'hit back', group: 'speech', forms: ['hit', 'hits', 'hitting'], framed: true },
  { lemma: 'fire back', group: 'speech', forms: ['fire', 'fires', 'fired', 'firing'], framed: true },
  { lemma: 'shoot back', group: 'speech', forms: ['shoot', 'shoots', 'shot', 'shooting'], framed: true },
  { lemma: 'lash out', group: 'speech', forms: ['lash', 'lashes', 'lashed', 'lashing'], framed: true },
  { lemma: 'chime in', group: 'speech', forms: ['chime', 'chimes', 'chimed', 'chiming'], framed: true },
  { lemma: 'pipe up', group: 'speech', forms: ['pipe', 'pipes', 'piped', 'piping'], framed: true },
  { lemma: 'play down', group: 'stance', forms: ['play', 'plays', 'played', 'playing'], framed: true },
  { lemma: 'brush off', group: 'stance', forms: ['brush', 'brushes', 'brushed', 'brushing'], framed: true },
  { lemma: 'shrug off', group: 'stance', forms: ['shrug', 'shrugs', 'shrugged', 'shrugging'], framed: true },
  // More phrasal verbs of taking a side or attacking in words, cues only with their particle (cues/phrasal-frames.ts):
  // "sided with the union", "took aim at the plan", "took a few shots at", "sounded off on", "doubled down on",
  // "came out against the bill". (Without it they are other verbs: "took a train", "came out of the store".)
  { lemma: 'side with', group: 'stance', forms: ['side', 'sides', 'sided', 'siding'], framed: true },
  { lemma: 'take aim', group: 'speech', forms: ['take', 'takes', 'took', 'taken', 'taking'], framed: true },
  { lemma: 'sound off', group: 'speech', forms: ['sound', 'sounds', 'sounded', 'sounding'], framed: true },
  { lemma: 'double down', group: 'stance', forms: ['double', 'doubles', 'doubled', 'doubling'], framed: true },
  { lemma: 'come out', group: 'stance', forms: ['come', 'comes', 'came', 'coming'], framed: true },
  // "singled out the mayor's remarks as cruel", "singled out the goalkeeper for praise": picking someone or something out
  // for judgement in public (the adjective "single" never has "out" after it)
  { lemma: 'single out', group: 'stance', forms: ['single', 'singles', 'singled', 'singling'], framed: true },
  // "poured cold water on the plan", "pours scorn on the report": dismissing something in words, only with its noun and
  // preposition (cues/phrasal-frames.ts); "poured the concrete" is a deed
  { lemma: 'pour scorn', group: 'stance', forms: ['pour', 'pours', 'poured', 'pouring'], framed: true },
  // "made clear she would stay", "has made it plain that": saying outright, a cue only with its adjective (cues/phrasal-frames.ts);
  // "make" alone is a thousand other acts
  // (and "made fun of": mocking in words, cues/phrasal-frames.ts)
  { lemma: 'make clear', group: 'speech', forms: ['make', 'makes', 'made', 'making'], framed: true },
  // "stood by his remarks", "the paper stands by its reporting": keeping to what one said or decided when it is
  // challenged, only with "by" and such a thing (cues/phrasal-frames.ts); "stood by the door", "stand by for news" are not
  { lemma: 'stand by', group: 'stance', forms: ['stand', 'stands', 'stood', 'standing'], framed: true },
  // "poked fun at the council": mocking in words, only with "fun at" (cues/phrasal-frames.ts); "poked the fire" is a deed
  { lemma: 'poke fun', group: 'speech', forms: ['poke', 'pokes', 'poked', 'poking'], framed: true },
];
