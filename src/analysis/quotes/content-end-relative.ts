// "Tenants who complained about the lift were rehoused.", "Viewers who commented online were angry.": a cue in a
// restrictive relative on the sentence's subject says no more than the relative clause, and the main clause's verb
// (whose subject is the noun before "who") ends its content. content-end.ts cuts there when that verb is a cue of its
// own; this reads it when it is not, as the one finite verb after the cue (quotes/nominal-end.ts finiteVerbStarts),
// where the cue takes no clause of its own: it ends in its preposition ("complained about the lift"), or one adverb of
// manner or medium follows it ("commented online", "spoke briefly"). After a clause-taking cue the finite verb is the
// reported clause's ("Voters who think the tax is fair ...", "a nurse who says she would quit"): no cut. (Nor is a
// second finite verb read as the main one: "who said she feared the fees would rise" nests a clause in the content.)
import type { Cue } from '../../types.js';
import { subjectRelative } from './cue-context.js';
import { finiteVerbStarts } from './nominal-end.js';

// the prepositions a cue ends in ("complained about", "commented on", "spoke to"): its object is a noun phrase
const CUE_ENDS_IN_PREPOSITION = /\s(?:about|on|of|to|with|over|against|for)$/i;
// a window long enough for a relative clause on a subject
const WINDOW = 200;
// one adverb of manner or medium, no subject of a clause ("she" would be one)
const ONE_ADVERB = /^(?:\p{Ll}+ly|online|offline)$/u;

/** The end of the content right of `cue` in a subject's restrictive relative, before the main verb; or -1. */
export function subjectRelativeEnd(text: string, sentenceStart: number, cue: Cue, limit: number): number {
  if (subjectRelative(text, sentenceStart, cue) < 0) return -1;
  const window = text.slice(cue.end, Math.min(limit, cue.end + WINDOW));
  const starts = finiteVerbStarts(window);
  const first = starts[0];
  if (starts.length !== 1 || first === undefined) return -1;
  const before = window.slice(0, first).trim();
  const objectOnly = CUE_ENDS_IN_PREPOSITION.test(cue.text) || ONE_ADVERB.test(before);
  return objectOnly && before !== '' ? cue.end + window.slice(0, first).trimEnd().length : -1;
}
