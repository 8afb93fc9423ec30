// What a reported open question (cues/nominal-question.ts: "The question now is whether ...") asks: the
// wh-clause after the cue, to the end of its clause. Its source is the possessor, if any ("Her question was
// why ..."), else nobody is named. Pure and regex-only; read by nominal-content.ts.
import type { Cue } from '../../types.js';
import type { NominalContent } from './nominal-content.js';
import { phraseEnd } from './nominal-phrase.js';
import { afterBlanks } from './text-utils.js';

// where the asked clause ends: a clause mark, or a comma before a new clause ("whether the fund can pay, and
// that is not clear"); quotation marks stay inside ("whether he is 'fit' to serve")
const CLAUSE_END = /[;:!?()—–―]|,\s+(?:and|but|while|although|though|as|which|so)\s/u;

/** The clause the question cue `cue` reports, with its possessor (`possessor`: the source's words, or null). */
export function questionContent(text: string, cue: Cue, sentenceEnd: number, possessor: NominalContent['source']): NominalContent | null {
  const start = afterBlanks(text, cue.end);
  const end = phraseEnd(text, start, sentenceEnd, CLAUSE_END);
  return end > start ? { start, end, source: possessor, rule: 'noun-question' } : null;
}
