// Where a later verb cue goes on with the reported clause instead of starting an attribution of its own: a bare
// verb after an inflected cue, a finite verb after a relative clause or an apposition, a sizing aside, a
// backshifted verb, a belief or an -ing noun after a bare "and", a that-clause with its own subject. content-end.ts
// asks this for each later cue before it cuts there.
import type { Cue } from '../../types.js';
import { bareCue, inflectedCue } from './verb-form.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';
import { thatClauseGoesOn } from './content-end-cuts.js';
import { isStanceAdjective } from '../cues/adjectives.js';
import { sizingAside, subjectAsideThenVerb } from './content-end-aside.js';
import { OWN_CLAUSE_AFTER, REPORTED_CLAUSE } from './content-end-alone.js';
import { IRREGULAR_PAST_SET } from '../../lexicon/past-forms.js';
import { PLURAL_END } from '../../lexicon/plurals.js';

// a content with no comma, semicolon or colon in it: one clause
const ONE_CLAUSE = /^[^,;:]*$/;
const HELD_GROUPS: ReadonlySet<string> = new Set(['belief', 'intent']);
// a relative clause between commas right before a cue, and a cue that opens with an auxiliary
const RELATIVE_THEN_VERB = /,\s*(?:who|whom|which)\s[^,;]{1,40},\s*$/;
// a name and its age between commas right before a cue ("said Ivo Berg, 58, had lied"): the cue is the name's own verb
const AGE_APPOSITION_THEN_VERB = /\p{Lu}[\p{L}’'.-]*,\s+\d{1,3},\s*$/u;
// examples between commas right before a cue ("said big lenders, such as Tarn Bank, have warned"): the cue is the verb of the noun before them
const EXAMPLES_THEN_VERB = /,\s*(?:such\s+as|including)\s[^,;]{1,40},\s*$/;
const BACKSHIFTED_FIRST = /^(?:would|could|might|should|were)\s/i;
// 'was', an adverb or two, then a progressive or a feeling's adjective ("was offering", "was still hoping", "was confident of")
const WAS_THEN = /^was\s+(?:(?:also|still|now|already|\p{Ll}+ly)\s+)?(\p{Ll}+)/u;
const backshiftedWas = (cueText: string): boolean => {
  const word = WAS_THEN.exec(cueText)?.[1];
  return word !== undefined && (/ing$/.test(word) || isStanceAdjective(word));
};
// a reported clause whose subject is plural ("said the pupils had ...", "said they had ..."): a 'was' after its 'and'
// cannot share that subject, so it is the speaker's own ("said the pupils had behaved well and was proud of them")
const PLURAL_CLAUSE_SUBJECT = new RegExp(String.raw`^\s*(?:that\s+)?(?:they|we|(?:(?:the|its|his|her|their|our|some|many|most|all|both|\d[\d,]*)\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+${PLURAL_END})\s+(?:had|have|were|are|would|could|will|can|did|\p{Ll}+ed)\b`, 'u');
const PAST_PERFECT_FIRST = /^had\s+\p{Ll}+/u;
const PAST_PERFECT_IN = /\b(?:had|[\p{L}]+['’]d)\s/u;
// (or a finite verb of its own: "said the tide gauge, which was fixed in June, showed a rise")
const FINITE_FIRST = /^\p{Ll}+(?:ed|s)\b/u;
const AUX_FIRST = new RegExp(String.raw`^(?:${FINITE_AUXILIARY})\s`, 'i');
// a cue whose span ends in its particle ("worried about", "pleased with", "spoke about", "argued over"): its content is
// the particle's object, a thing spoken or felt about, not a clause, whatever the verb's group (mostly a feeling's)
const CUE_ENDS_IN_PARTICLE = /\s(?:about|with|by|over|at)$/i;
// a participle cue, perhaps after an adverb ("insisting", "optimistically predicting")
export const PARTICIPLE_FIRST = /^(?:\p{Ll}+ly\s+)?\p{L}+ing\b/u;
const ING_WORD = /\p{L}{2}ing\b/u;

// the groups whose content may be a clause with its "that" dropped and no auxiliary ("said prices rose and ..."): their
// content is never read as a bare object here
const CLAUSE_GROUPS: ReadonlySet<string> = new Set(['speech', 'writing', 'evidence']);
// a past form in the content: a clause's verb ("believes the plan worked and ...")
const PAST_FORM = /\b\p{Ll}{2,}ed\b/u;

/** "wants a cap on rents", "opposes the toll": the content of a stance, a belief or an intention is a bare object (or an
 *  infinitive), no clause with a subject a later verb could share: no 'that', subject pronoun or auxiliary, no past form. */
function objectOnly(cue: Cue, content: string): boolean {
  if (CLAUSE_GROUPS.has(SPEECH_FORMS.get(cue.lemma)?.group ?? '')) return false;
  return !REPORTED_CLAUSE.test(content) && !PAST_FORM.test(content) && !content.split(/\s+/).some((w) => IRREGULAR_PAST_SET.has(w.toLowerCase()));
}

/**
 * Whether the verb cue `c` after `cue` goes on with `cue`'s reported clause (no second attribution starts there).
 * `before` and `clause` are the 12 and 50 characters before `c` (no further back than `cue`'s end).
 */
export function goesOnWithContent(text: string, cue: Cue, c: Cue, before: string, clause: string): boolean {
  // ("She says he'd sit them down and tell them ...": a bare verb after an inflected cue goes on
  // with the reported clause; verb-form.ts)
  // (a feeling is no bare verb: "are worried about the stadium and dismayed by the owner" is a second feeling)
  if (/\b(?:and|or)\s+(?:also\s+|then\s+)?$/i.test(before) && inflectedCue(cue) && bareCue(c) && !isStanceAdjective(c.text.split(' ')[0] ?? '')) return true;
  // ("said a neighbour, whom she did not name, had later told her ...": a finite verb right after a
  // relative clause between commas is the verb of the content's subject, not a second attribution)
  // (so is one after a name's age in apposition: "said Ivo Berg, 58, had shown “great patience”", or after examples:
  // "said small towns, such as Arlo, are seen as safe")
  if ((RELATIVE_THEN_VERB.test(clause) || AGE_APPOSITION_THEN_VERB.test(clause) || EXAMPLES_THEN_VERB.test(clause)) && (AUX_FIRST.test(c.text) || FINITE_FIRST.test(c.text))) return true;
  // ("said the money, expected to total 48 million euros, would pay for ...": a sizing aside, content-end-aside.ts)
  if (sizingAside(text, before, c) || subjectAsideThenVerb(text, cue, c)) return true;
  // ("said he was confident but would not predict the result", "said they would work with it and were
  // sure it would pass": a backshifted modal or 'were' after a bare 'and'/'but' goes on with the reported
  // clause, whose subject it shares)
  // (and 'was' before a progressive or a feeling: "said it had funded 40 places and was offering a bonus", "said he had
  // met her and was confident of a deal"; not a passive, "and was asked about ...", the speaker's own, nor after a plural
  // subject 'was' cannot agree with: "said the pupils had behaved well and was proud of them")
  if (/\s(?:and|but)\s+$/i.test(before) && !/,\s*(?:and|but)\s+$/i.test(before) && (BACKSHIFTED_FIRST.test(c.text) || (backshiftedWas(c.text) && !PLURAL_CLAUSE_SUBJECT.test(text.slice(cue.end, c.start))))) return true;
  // (a bare 'and', no comma before it, right before the cue: the three rules below)
  const bareAnd = /\sand\s+$/i.test(before) && !/,\s*and\s+$/i.test(before);
  // ("told the board she had no role in it and had declared her shares": a second past perfect after a bare 'and'
  // in a past-perfect content is the reported clause's own verb, backshifted like the first, not the speaker's act)
  if (bareAnd && PAST_PERFECT_FIRST.test(c.text) && PAST_PERFECT_IN.test(text.slice(cue.end, c.start))) return true;
  // ("told the paper that she was calm and expected to win": a belief or an intention after a bare 'and', in a short content
  // of one clause, shares that clause's subject and goes on with it, unless a clause of its own follows it: "and hoped the club could stay")
  // (not after a cue that ends in its particle, "are worried about the stadium and dismayed by the owner": its content is
  // the thing spoken or felt about, no clause for a second verb to go on with)
  // (nor after a stance's or an intention's bare object, "wants a cap on rents and hopes to ...": no clause, so the
  // second verb is the speaker's own: objectOnly)
  if (bareAnd && c.start - cue.end <= 160 && ONE_CLAUSE.test(text.slice(cue.end, c.start)) && HELD_GROUPS.has(SPEECH_FORMS.get(c.lemma)?.group ?? '') && !OWN_CLAUSE_AFTER.test(text.slice(c.end, c.end + 60)) && !CUE_ENDS_IN_PARTICLE.test(cue.text) && !objectOnly(cue, text.slice(cue.end, c.start))) return true;
  // ("said the levy would pay for new buses and signalling on the main routes": an -ing form after a bare 'and', with
  // no -ing verb since the cue for it to go on from ("was speaking to staff and warning ..."), is a noun joined to
  // the content's noun, not a second act: a finite verb joins a finite one)
  if (bareAnd && PARTICIPLE_FIRST.test(c.text) && !ING_WORD.test(text.slice(cue.start, c.start))) return true;
  // (a that-clause with its own subject: "told the court that Ivo Berg phoned her and said he would ...": content-end-cuts.ts)
  if (bareAnd && c.start - cue.end <= 200 && thatClauseGoesOn(text.slice(cue.end, c.start), cue, c)) return true;
  return false;
}
