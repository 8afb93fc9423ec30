// Speech verbs tried or considered and left out of the lexicon, each with the reason: a record so the
// next reader does not add them back without new evidence.

/** Forms left out, and why. */
export const DROPPED: Record<string, string> = {
  speak: '"speaking Friday in the capital" sets a scene and takes no content: "spoke" stays, the other forms only with "about/of/out"',
  address: 'GGT found it mostly false positives ("addressed the crowd")',
  provide: 'GGT found it mostly false positives',
  mean: '"that means" is the writer reasoning, not a source speaking',
  know: 'mostly the writer\'s own claim: only the passive "is known for/as/to/that" is kept (a reputation, as annotated news counts it)',
  see: 'mostly perception ("we see growth"), rarely attribution: kept only as "see X as Y" (cues/frames.ts)',
  talk: 'kept only as "talked about" (PolNeAR cue); bare "talk" is mostly a noun',
  charge: 'usually money or a criminal charge',
  vote: '"voted for" counts in PolNeAR but two of three finds were wrong on dev (ballots, tallies)',
  aim: '"an ad aimed at X" targets, it reports nobody\'s words',
  read: '"he read the paper" is reading, not saying: kept only right after a quote ("“...,” the letter reads")',
  press: '"the press" is a noun and "pressed the button" an act: kept only as "pressed/pressing by|on|about|for" (cues/frames.ts)',
  imagine: '"imagine a world where" is the writer\'s or a speaker\'s own rhetoric, rarely someone\'s held view',
  push: '"pushed the bill through" is procedure: kept only as "push(ed) for" (cues/frames.ts), a stance pressed in public',
  forget: '"don\'t forget" and "forgotten voters" are rhetoric and adjectives far more often than a stance',
};
