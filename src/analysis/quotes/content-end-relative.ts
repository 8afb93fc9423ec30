// "Tenants who complained about the lift were rehoused.", "Viewers who commented online were angry.": a cue in a
// restrictive relative on the sentence's subject says no more than the relative clause, and the main clause's verb
// (whose subject is the noun before "who") ends its content. content-end.ts cuts there when that verb is a cue of its
// own; this reads it when it is not, as the one finite verb after the cue (quotes/finite-verbs.ts finiteVerbStarts),
// where the cue takes no clause of its own: it ends in its preposition ("complained about the lift"), or one adverb of
// manner or medium follows it ("commented online", "spoke briefly"). After a clause-taking cue the finite verb is the
// reported clause's ("Voters who think the tax is fair ...", "a nurse who says she would quit"): no cut. (Nor is a
// second finite verb read as the main one: "who said she feared the fees would rise" nests a clause in the content.)
// gapRelativeEnd cuts after a clause-taking cue too, where the relative pronoun is the reported clause's own subject
// and that clause opens with its verb ("The men who workers say attacked them have fled."): the one finite verb after
// it is the main clause's.
import type { Cue } from '../../types.js';
import { subjectRelative } from './cue-context.js';
import { finiteVerbStarts } from './finite-verbs.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { alternation } from '../alternation.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

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

// the sentence's subject, a relative pronoun and the cue's own short subject right before the cue ("The men who workers
// say ...", "A lift that nurses said ..."), no mark between
const GAP_LEAD = /^[\s“"‘]*((?:[\p{L}\p{N}.’'&-]+\s+){1,6}?)(?:who|that|which)\s+(?:[\p{L}\p{N}.’'&-]+\s+){1,3}$/u;
// the reported clause opening with its finite verb: the pronoun before the cue's subject is that verb's subject (its gap)
const GAP_VERB_FIRST = new RegExp(String.raw`^\s+(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|\p{Ll}{2,}ed|${alternation(IRREGULAR_PASTS)})\s`, 'u');
// a subject pronoun after the gap's verb opens a clause of its own ("told police he was armed"): the verbs after it are its
const OWN_SUBJECT = new RegExp(String.raw`\b(?:${alternation(SUBJECT_PRONOUNS)})\b`, 'i');

/**
 * "The men who workers say attacked them have fled.": the relative pronoun on the sentence's subject is the subject of
 * the reported clause, which opens with its verb; the one finite verb after that clause's words is the main clause's,
 * whose subject is the noun before the pronoun. The content ends before it; or -1.
 */
export function gapRelativeEnd(text: string, sentenceStart: number, cue: Cue, limit: number): number {
  if (cue.start - sentenceStart > 100) return -1;
  const lead = GAP_LEAD.exec(text.slice(sentenceStart, cue.start));
  if (lead === null || nounPhrase(text, sentenceStart, sentenceStart + lead[1]!.trimEnd().length) === null) return -1;
  const window = text.slice(cue.end, Math.min(limit, cue.end + WINDOW));
  if (!GAP_VERB_FIRST.test(window)) return -1;
  const starts = finiteVerbStarts(window);
  const first = starts[0];
  if (starts.length !== 1 || first === undefined || OWN_SUBJECT.test(window.slice(0, first))) return -1;
  return cue.end + window.slice(0, first).trimEnd().length;
}
