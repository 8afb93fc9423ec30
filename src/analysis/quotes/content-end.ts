// Where the content right of a verb or noun cue ends: the sentence end, or earlier where a second
// attribution starts (a coordinated cue, a new subject, a relative or subordinate clause with its own
// cue). The ends that need no later cue (a subject's relative clause meets its main verb, the writer's
// reason, a parenthesis closes) are in content-end-alone.ts.
import type { Cue } from '../../types.js';
import { wordCount } from './text-utils.js';
import { stripAux } from './positions.js';
import { bareCue, inflectedCue } from './verb-form.js';
import { MAX_CONTENT, subjectRelative, verbAfterAside, type Ctx } from './cue-context.js';
import { frontedClauseEnd } from './fronted-clause-end.js';
import { CLAIMING_PARTICIPLES } from '../../lexicon/claiming-participles.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';
import { asideGoesOn, comparedGroupCut, contrastAfterReport, frontedClauseEnds, noNewClause, semicolonBefore, thatClauseGoesOn } from './content-end-cuts.js';
import { dashBeforeCue } from './content-end-dash.js';
import { isStanceAdjective } from '../cues/adjectives.js';
import { sizingAside } from './content-end-aside.js';
import { pronounClauseStart } from './content-end-pronoun.js';
import { endWithoutNextCue, OWN_CLAUSE_AFTER, parenthesisEnd } from './content-end-alone.js';
import { ONLY_THAT, subordinateCut } from './content-end-subordinate.js';

const NEXT_CUES = 8;
// a content with no comma, semicolon or colon in it: one clause
const ONE_CLAUSE = /^[^,;:]*$/;
const HELD_GROUPS: ReadonlySet<string> = new Set(['belief', 'intent']);
// a comma or semicolon, perhaps a conjunction, right before a second source's "according to"
const ACCORDING_LEAD = /[,;]\s*(?:and|but|yet|while)?\s*$/i;
const ACCORDING_LOOK_BACK = 24;
// a comma (and a conjunction), then a short subject: up to four words, or a share of people
// ("more than 3 in 5", "40 percent of all nurses")
const NEW_CLAUSE_SUBJECT = /(?:[,;]\s*(?:and|but|while)?|[—–]\s*(?:and|but))\s+((?:[\p{L}.’'-]+\s+){1,4}|(?:[\p{L}.’'-]+\s+){0,2}\p{N}(?:[.,]?\p{N})*%?\s+(?:[\p{L}\p{N}.’'%-]+\s+){0,4})$/u;
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
const PLURAL_CLAUSE_SUBJECT = /^\s*(?:that\s+)?(?:they|we|(?:(?:the|its|his|her|their|our|some|many|most|all|both|\d[\d,]*)\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+[^s\s]s)\s+(?:had|have|were|are|would|could|will|can|did|\p{Ll}+ed)\b/u;
const PAST_PERFECT_FIRST = /^had\s+\p{Ll}+/u;
const PAST_PERFECT_IN = /\b(?:had|[\p{L}]+['’]d)\s/u;
// (or a finite verb of its own: "said the tide gauge, which was fixed in June, showed a rise")
const FINITE_FIRST = /^\p{Ll}+(?:ed|s)\b/u;
const AUX_FIRST = new RegExp(String.raw`^(?:${FINITE_AUXILIARY})\s`, 'i');
// a subordinator (and an adverb) right before a participle cue
const PARTICIPLE_LEAD = /[\s,]+(?:while|before)\s+(?:\p{Ll}+ly\s+)?$/u;
// a cue whose span ends in its particle ("worried about", "pleased with", "spoke about", "argued over"): its content is
// the particle's object, a thing spoken or felt about, not a clause, whatever the verb's group (mostly a feeling's)
const CUE_ENDS_IN_PARTICLE = /\s(?:about|with|by|over|at)$/i;
const APPOSED_SUBJECT = /[,;]\s*(?:and|but|while)\s+(?:[\p{L}.’'-]+\s+){0,3}[\p{L}.’'-]+,\s+[^,;]{1,40},\s*$/u;

/** Where the content right of a cue ends: the sentence end, or a later coordinated cue ("and praised", ", adding"). */
export function rightEnd(ctx: Ctx, k: number): number {
  const cue = ctx.cues[k] as Cue;
  const end = clauseEnd(ctx, k, Math.min(ctx.sentence.end, cue.end + MAX_CONTENT));
  // (a cue in a fronted subordinate clause ends with it: fronted-clause-end.ts)
  return frontedClauseEnd(ctx.s.doc.text, ctx.sentence.start, cue, parenthesisEnd(ctx.s.doc.text, ctx.sentence.start, cue, end));
}

function clauseEnd(ctx: Ctx, k: number, limit: number): number {
  const text = ctx.s.doc.text;
  const cue = ctx.cues[k] as Cue;
  const inRelative = subjectRelative(text, ctx.sentence.start, cue) >= 0;
  for (let j = k + 1; j < ctx.cues.length && j <= k + NEXT_CUES; j++) {
    const c = ctx.cues[j] as Cue;
    if (c.start <= cue.end) continue;
    // "said the bridge was safe, but according to the engineers it needs repairs": a second source (the
    // comma and conjunction are read in the few characters before it, not back to the cue)
    const lookBack = Math.max(cue.end, c.start - ACCORDING_LOOK_BACK);
    const according = c.kind === 'according-to' ? ACCORDING_LEAD.exec(text.slice(lookBack, c.start)) : null;
    if (according !== null && wordCount(text.slice(cue.end, lookBack + according.index)) >= 2) return lookBack + according.index;
    if (c.kind !== 'verb') continue;
    // the main verb after a subject's relative clause ends the relative's content
    if (inRelative && !/[,;:“”"()]|\b(?:that|who|which|and|but|or)\s/i.test(text.slice(cue.end, c.start))) return stripAux(text, cue.end, c.start);
    const before = text.slice(Math.max(cue.end, c.start - 12), c.start);
    // ("she truly, truly hopes to win": an adverb said twice is one verb of the content)
    const adverb = REPEATED_ADVERB.exec(before);
    if (adverb !== null && c.text.startsWith(`${adverb[1] ?? ''} `)) continue;
    const clause = text.slice(Math.max(cue.end, c.start - 50), c.start);
    // "..., but a spokesman, Col. Ivo Sarn, denied": that subject with a name in apposition
    const apposed = APPOSED_SUBJECT.exec(clause);
    if (apposed !== null && !/\b(?:that|who|which)\b/i.test(apposed[0]) && wordCount(text.slice(cue.end, c.start - clause.length + apposed.index)) >= 2) return c.start - clause.length + apposed.index;
    // "... and she said B": a pronoun's clause of saying after a bare conjunction (content-end-pronoun.ts)
    const pronoun = pronounClauseStart(clause, c);
    if (pronoun >= 0 && wordCount(text.slice(cue.end, c.start - clause.length + pronoun)) >= 2) return c.start - clause.length + pronoun;
    // ("She says he'd sit them down and tell them ...": a bare verb after an inflected cue goes on
    // with the reported clause; verb-form.ts)
    // (a feeling is no bare verb: "are worried about the stadium and dismayed by the owner" is a second feeling)
    if (/\b(?:and|or)\s+(?:also\s+|then\s+)?$/i.test(before) && inflectedCue(cue) && bareCue(c) && !isStanceAdjective(c.text.split(' ')[0] ?? '')) continue;
    // ("said a neighbour, whom she did not name, had later told her ...": a finite verb right after a
    // relative clause between commas is the verb of the content's subject, not a second attribution)
    // (so is one after a name's age in apposition: "said Ivo Berg, 58, had shown “great patience”", or after examples:
    // "said small towns, such as Arlo, are seen as safe")
    if ((RELATIVE_THEN_VERB.test(clause) || AGE_APPOSITION_THEN_VERB.test(clause) || EXAMPLES_THEN_VERB.test(clause)) && (AUX_FIRST.test(c.text) || FINITE_FIRST.test(c.text))) continue;
    // ("said the money, expected to total 48 million euros, would pay for ...": a sizing aside, content-end-aside.ts)
    if (sizingAside(text, before, c)) continue;
    // ("said he was confident but would not predict the result", "said they would work with it and were
    // sure it would pass": a backshifted modal or 'were' after a bare 'and'/'but' goes on with the reported
    // clause, whose subject it shares)
    // (and 'was' before a progressive or a feeling: "said it had funded 40 places and was offering a bonus", "said he had
    // met her and was confident of a deal"; not a passive, "and was asked about ...", the speaker's own, nor after a plural
    // subject 'was' cannot agree with: "said the pupils had behaved well and was proud of them")
    if (/\s(?:and|but)\s+$/i.test(before) && !/,\s*(?:and|but)\s+$/i.test(before) && (BACKSHIFTED_FIRST.test(c.text) || (backshiftedWas(c.text) && !PLURAL_CLAUSE_SUBJECT.test(text.slice(cue.end, c.start))))) continue;
    // (a bare 'and', no comma before it, right before the cue: the three rules below)
    const bareAnd = /\sand\s+$/i.test(before) && !/,\s*and\s+$/i.test(before);
    // ("told the board she had no role in it and had declared her shares": a second past perfect after a bare 'and'
    // in a past-perfect content is the reported clause's own verb, backshifted like the first, not the speaker's act)
    if (bareAnd && PAST_PERFECT_FIRST.test(c.text) && PAST_PERFECT_IN.test(text.slice(cue.end, c.start))) continue;
    // ("told the paper that she was calm and expected to win": a belief or an intention after a bare 'and', in a short content
    // of one clause, shares that clause's subject and goes on with it, unless a clause of its own follows it: "and hoped the club could stay")
    // (not after a cue that ends in its particle, "are worried about the stadium and dismayed by the owner": its content is
    // the thing spoken or felt about, no clause for a second verb to go on with)
    if (bareAnd && c.start - cue.end <= 160 && ONE_CLAUSE.test(text.slice(cue.end, c.start)) && HELD_GROUPS.has(SPEECH_FORMS.get(c.lemma)?.group ?? '') && !OWN_CLAUSE_AFTER.test(text.slice(c.end, c.end + 60)) && !CUE_ENDS_IN_PARTICLE.test(cue.text)) continue;
    // ("said the levy would pay for new buses and signalling on the main routes": an -ing form after a bare 'and', with
    // no -ing verb since the cue for it to go on from ("was speaking to staff and warning ..."), is a noun joined to
    // the content's noun, not a second act: a finite verb joins a finite one)
    if (bareAnd && PARTICIPLE_FIRST.test(c.text) && !ING_WORD.test(text.slice(cue.start, c.start))) continue;
    // (a that-clause with its own subject: "told the court that Ivo Berg phoned her and said he would ...": content-end-cuts.ts)
    if (bareAnd && c.start - cue.end <= 200 && thatClauseGoesOn(text.slice(cue.end, c.start), cue, c)) continue;
    // ("said the pitch was “a disgrace” — insisting that ...": a dash before a participle, content-end-dash.ts)
    const dash = PARTICIPLE_FIRST.test(c.text) ? dashBeforeCue(text, cue.end, c, before, ctx.sentence.end) : null;
    if (dash !== null) return dash;
    // (the comma may close a quote: "said there is “one way,” adding that ...")
    if (!verbAfterAside(text, ctx.sentence.start, cue, c) && /(?:,[”"’']?|\band|\bbut)\s*(?:also\s+|then\s+)?$/i.test(before)) {
      const cut = /\s*(?:,\s*)?(?:and|but)?\s*(?:also\s+|then\s+)?$/i.exec(before);
      return c.start - before.length + (cut?.index ?? before.length);
    }
    // ("Without the grant, Ida Berg said, she feared ...": the clause after an aside's cue, content-end-cuts.ts)
    if (asideGoesOn(text.slice(cue.end, c.start), text.slice(ctx.sentence.start, cue.start))) continue;
    // "..., but he added that ...": a new clause with its own short subject (a share of people too:
    // "..., but 40 percent of the staff said ...")
    const m = NEW_CLAUSE_SUBJECT.exec(clause);
    // (but "that while A, B said ...": the first comma after a fronted subordinate clause opens the
    // content's main clause)
    const head = m !== null ? text.slice(cue.end, c.start - clause.length + m.index) : '';
    if (m !== null && !contrastAfterReport(cue, m[0], c, text.slice(ctx.sentence.start, cue.start)) && !noNewClause(head, m[0], c) && !/\b(?:that|who|which)\b/i.test(m[1] ?? '') && !ONLY_THAT.test(head) && !frontedClauseEnds(head, m[0])) return semicolonBefore(ctx, cue.end, head, m[0], c) ?? c.start - clause.length + m.index;
    // ("..., compared with 35 percent who said ...": a compared group's own saying, content-end-cuts.ts)
    const compared = comparedGroupCut(clause, c, text.slice(ctx.sentence.start, cue.start));
    if (compared >= 0 && wordCount(text.slice(cue.end, c.start - clause.length + compared)) >= 2) return c.start - clause.length + compared;
    // "said the country offered more, which he called “generous”", "thanked Mirela Dunn, who has since urged
    // a refund": a non-restrictive relative clause with its own cue is a second attribution
    const relative = /,\s*(?:which|who|whom)\s+((?:[\p{L}.’'-]+\s+){0,4})$/u.exec(clause);
    if (relative !== null && wordCount(text.slice(cue.end, c.start - clause.length + relative.index)) >= 2) return c.start - clause.length + relative.index;
    // "vowed to cut fares while promising to reopen the pier": a claiming participle is a second attribution
    // (an adverb may open the cue: "before optimistically predicting")
    const participle = CLAIMING_PARTICIPLES.has(c.lemma) && PARTICIPLE_FIRST.test(c.text) ? PARTICIPLE_LEAD.exec(before) : null;
    if (participle !== null && wordCount(text.slice(cue.end, c.start - before.length + participle.index)) >= 2) return c.start - before.length + participle.index;
    // "called the runway unsafe, with four in 10 pilots saying they would strike": "with", a subject and
    // a participle cue are an attribution of their own
    const withClause = PARTICIPLE_FIRST.test(c.text) ? WITH_SUBJECT.exec(clause) : null;
    if (withClause !== null && !/\b(?:that|who|which|to)\b/i.test(withClause[1] ?? '') && wordCount(text.slice(cue.end, c.start - clause.length + withClause.index)) >= 1) return c.start - clause.length + withClause.index;
    // (a subordinate clause with its own subject and cue, "preferred A while others supported B": content-end-subordinate.ts)
    const sub = subordinateCut(text, ctx.sentence.start, cue, c, clause);
    if (sub >= 0) return sub;
  }
  return endWithoutNextCue(text, ctx.sentence.start, cue, limit);
}

const PARTICIPLE_FIRST = /^(?:\p{Ll}+ly\s+)?\p{L}+ing\b/u;
const ING_WORD = /\p{L}{2}ing\b/u;
const WITH_SUBJECT = /(?:,\s*|\s)with\s+((?:[\p{L}\p{N}.’'-]+\s+){1,8})$/u;
const REPEATED_ADVERB = /(\p{Ll}+ly),\s*$/u;
