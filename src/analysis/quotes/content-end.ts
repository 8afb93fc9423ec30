// Where the content right of a verb or noun cue ends: the sentence end, or earlier where a second
// attribution starts (a coordinated cue, a new subject, a relative or subordinate clause with its own
// cue). The ends that need no later cue (a subject's relative clause meets its main verb, the writer's
// reason, a parenthesis closes) are in content-end-alone.ts; the later cues that go on with the reported
// clause instead of cutting it are in content-end-goes-on.ts.
import type { Cue } from '../../types.js';
import { wordCount } from './text-utils.js';
import { stripAux } from './positions.js';
import { MAX_CONTENT, subjectRelative, verbAfterAside, type Ctx } from './cue-context.js';
import { accordingToEnd, framedClauseJoin } from './content-end-join.js';
import { appositiveSubjectGoesOn } from './content-end-appositive.js';
import { frontedClauseEnd } from './fronted-clause-end.js';
import { CLAIMING_PARTICIPLES } from '../../lexicon/claiming-participles.js';
import { asideGoesOn, comparedGroupCut, contrastAfterReport, frontedClauseEnds, noNewClause, semicolonBefore } from './content-end-cuts.js';
import { dashAsideEnd, dashBeforeCue } from './content-end-dash.js';
import { pronounClauseStart } from './content-end-pronoun.js';
import { endWithoutNextCue, parenthesisEnd } from './content-end-alone.js';
import { ONLY_THAT, SUBORDINATE_WINDOW, subordinateCut } from './content-end-subordinate.js';
import { goesOnWithContent, PARTICIPLE_FIRST } from './content-end-goes-on.js';
import { joinedAsideClause, relativeAsideGoesOn, speakerAsideInClause } from './content-end-aside.js';
import { ownRelativeReport } from './own-relative-report.js';
import { hedgeAsideInReport, withoutHedges } from './hedge-aside.js';
import { occasionRelativeCut } from './content-end-occasion.js';
import { commentAppositiveStart } from './content-end-comment.js';
import { PRONOUN_THAT_OBJECT } from './that-object.js';
import { namingAsideBeforeThat } from './naming-aside.js';

const NEXT_CUES = 8;
// a comma (and a conjunction), then a short subject: up to four words, or a share of people
// ("more than 3 in 5", "40 percent of all nurses")
const NEW_CLAUSE_SUBJECT = /(?:[,;]\s*(?:and|but|while)?|[—–]\s*(?:and|but))\s+((?:[\p{L}.’'-]+\s+){1,4}|(?:[\p{L}.’'-]+\s+){0,2}\p{N}(?:[.,]?\p{N})*%?\s+(?:[\p{L}\p{N}.’'%-]+\s+){0,4})$/u;
// a subordinator (and an adverb) right before a participle cue
const PARTICIPLE_LEAD = /[\s,]+(?:while|before)\s+(?:\p{Ll}+ly\s+)?$/u;
// a subject with a name in apposition after a comma and a conjunction ("..., but a spokesman, Col. Ivo Sarn, denied")
const APPOSED_SUBJECT = /[,;]\s*(?:and|but|while)\s+(?:[\p{L}.’'-]+\s+){0,3}[\p{L}.’'-]+,\s+[^,;]{1,40},\s*$/u;

/** Where the content right of a cue ends: the sentence end, or a later coordinated cue ("and praised", ", adding"). */
export function rightEnd(ctx: Ctx, k: number): number {
  const cue = ctx.cues[k] as Cue;
  // ("has said that before, and ...": the pronoun object is the whole content, content-start.ts)
  const pronoun = PRONOUN_THAT_OBJECT.exec(ctx.s.doc.text.slice(cue.end, Math.min(ctx.sentence.end, cue.end + 120)));
  if (pronoun !== null) return cue.end + pronoun[0].length;
  const clause = clauseEnd(ctx, k, Math.min(ctx.sentence.end, cue.end + MAX_CONTENT));
  // (the writer's closing comment on the act, ", another sign of ...", is no part of it: content-end-comment.ts)
  const comment = commentAppositiveStart(ctx.s.doc.text.slice(cue.end, clause), cue.end);
  const end = comment >= 0 && wordCount(ctx.s.doc.text.slice(cue.end, comment)) >= 2 ? comment : clause;
  // (a cue in a fronted subordinate clause ends with it: fronted-clause-end.ts; so does one inside a dash aside,
  // content-end-dash.ts)
  const aside = dashAsideEnd(ctx.s.doc.text, ctx.sentence.start, cue, parenthesisEnd(ctx.s.doc.text, ctx.sentence.start, cue, end));
  return frontedClauseEnd(ctx.s.doc.text, ctx.sentence.start, cue, aside);
}

function clauseEnd(ctx: Ctx, k: number, limit: number): number {
  const text = ctx.s.doc.text;
  const cue = ctx.cues[k] as Cue;
  const inRelative = subjectRelative(text, ctx.sentence.start, cue) >= 0;
  // where a relative clause holding the speaker's own further report opens (its cues go on with the content)
  let ownRelative = -1;
  for (let j = k + 1; j < ctx.cues.length && j <= k + NEXT_CUES; j++) {
    const c = ctx.cues[j] as Cue;
    if (c.start <= cue.end) continue;
    // ("said the bridge was safe, but according to the engineers it needs repairs": a second source, content-end-join.ts)
    const according = c.kind === 'according-to' ? accordingToEnd(text, cue.end, c.start, text.slice(c.end, ctx.sentence.end)) : -1;
    if (according >= 0) return according;
    if (c.kind !== 'verb') continue;
    // ("said the bridge, it appears, would stay shut": a hedge between commas goes on with the content, hedge-aside.ts)
    if (hedgeAsideInReport(text, ctx.sentence.start, cue, c)) continue;
    // ("praised the nurses in a video where she said ...": an occasion's relative with a report of its own, content-end-occasion.ts)
    const occasion = occasionRelativeCut(text, cue, c, ctx.sentence.end);
    if (occasion >= 0) return occasion;
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
    // ("said the talks, Ida Roe added, would resume": a speaker's aside inside the reported clause, content-end-aside.ts)
    if (speakerAsideInClause(text, cue.end, c)) continue;
    // ("said on Monday, in what it called a final offer, that ...": a naming aside before the "that", naming-aside.ts)
    if (namingAsideBeforeThat(text, cue.end, c)) continue;
    // ("said A, and the port, she added, would follow": an aside in a joined clause ends the content at the join, content-end-aside.ts)
    const joined = joinedAsideClause(text, cue.end, c);
    if (joined !== null) return joined.join;
    // "... and she said B": a pronoun's clause of saying after a bare conjunction (content-end-pronoun.ts)
    const pronoun = pronounClauseStart(clause, c);
    if (pronoun >= 0 && wordCount(text.slice(cue.end, c.start - clause.length + pronoun)) >= 2) return c.start - clause.length + pronoun;
    // (a later verb that goes on with the reported clause, content-end-goes-on.ts: "said she was calm and expected to win")
    if (goesOnWithContent(text, cue, c, before, clause)) continue;
    // ("said the pitch was “a disgrace” — insisting that ...": a dash before a participle, content-end-dash.ts)
    const dash = PARTICIPLE_FIRST.test(c.text) ? dashBeforeCue(text, cue.end, c, before, ctx.sentence.end) : null;
    if (dash !== null) return dash;
    // ("said turnout of 64 percent, the highest in years, suggested ...": the content's verb after its subject's
    // appositive, content-end-appositive.ts)
    if (appositiveSubjectGoesOn(text.slice(cue.end, c.start), c)) continue;
    // (the comma may close a quote: "said there is “one way,” adding that ...")
    if (!verbAfterAside(text, ctx.sentence.start, cue, c) && /(?:,[”"’']?|\band|\bbut)\s*(?:also\s+|then\s+)?$/i.test(before)) {
      const cut = /\s*(?:,\s*)?(?:and|but)?\s*(?:also\s+|then\s+)?$/i.exec(before);
      return c.start - before.length + (cut?.index ?? before.length);
    }
    // ("Without the grant, Ida Berg said, she feared ...": the clause after an aside's cue, content-end-cuts.ts)
    if (asideGoesOn(text.slice(cue.end, c.start), text.slice(ctx.sentence.start, cue.start))) continue;
    // "..., but he added that ...": a new clause with its own short subject (a share of people too:
    // "..., but 40 percent of the staff said ...")
    // (not the comma that closes a hedge: "claim that the pier, I think, is safe was rejected", hedge-aside.ts)
    const m = NEW_CLAUSE_SUBJECT.exec(withoutHedges(clause));
    // (but "that while A, B said ...": the first comma after a fronted subordinate clause opens the
    // content's main clause)
    const head = m !== null ? text.slice(cue.end, c.start - clause.length + m.index) : '';
    if (m !== null && !contrastAfterReport(cue, m[0], c, text.slice(ctx.sentence.start, cue.start)) && !noNewClause(head, m[0], c) && !/\b(?:that|who|which)\b/i.test(m[1] ?? '') && !ONLY_THAT.test(head) && !frontedClauseEnds(head, m[0])) {
      // ("said A, but B, it added": a joined clause framed by the cue after it is that cue's, content-end-join.ts)
      const at = c.start - clause.length + m.index;
      return semicolonBefore(ctx, cue.end, head, m[0], c) ?? framedClauseJoin(text, cue.end, at, text.slice(c.end, ctx.sentence.end))?.join ?? at;
    }
    // ("..., compared with 35 percent who said ...": a compared group's own saying, content-end-cuts.ts)
    const compared = comparedGroupCut(clause, c, text.slice(ctx.sentence.start, cue.start));
    if (compared >= 0 && wordCount(text.slice(cue.end, c.start - clause.length + compared)) >= 2) return c.start - clause.length + compared;
    // "said the country offered more, which he called “generous”", "thanked Mirela Dunn, who has since urged
    // a refund": a non-restrictive relative clause with its own cue is a second attribution
    const relative = /,\s*(?:which|who|whom)\s+((?:[\p{L}.’'-]+\s+){0,4})$/u.exec(clause);
    // (but not one that closes before the reported subject's verb: "said the plan, which voters want, is fair",
    // content-end-aside.ts)
    // (nor the speaker's own word on it: "said the toll was fair, which she said had cut traffic" reports on,
    // own-relative-report.ts)
    const relativeAt = relative !== null ? c.start - clause.length + relative.index : -1;
    if (relative !== null && ownRelativeReport(cue, relative[1] ?? '', c, text.slice(Math.max(ctx.sentence.start, cue.start - 16), cue.start))) ownRelative = relativeAt;
    if (relative !== null && wordCount(text.slice(cue.end, relativeAt)) >= 2 && !relativeAsideGoesOn(text, c) && relativeAt !== ownRelative) return relativeAt;
    // "vowed to cut fares while promising to reopen the pier": a claiming participle is a second attribution
    // (an adverb may open the cue: "before optimistically predicting")
    const participle = CLAIMING_PARTICIPLES.has(c.lemma) && PARTICIPLE_FIRST.test(c.text) ? PARTICIPLE_LEAD.exec(before) : null;
    if (participle !== null && wordCount(text.slice(cue.end, c.start - before.length + participle.index)) >= 2) return c.start - before.length + participle.index;
    // "called the runway unsafe, with four in 10 pilots saying they would strike": "with", a subject and
    // a participle cue are an attribution of their own
    const withClause = PARTICIPLE_FIRST.test(c.text) ? WITH_SUBJECT.exec(clause) : null;
    if (withClause !== null && !/\b(?:that|who|which|to)\b/i.test(withClause[1] ?? '') && wordCount(text.slice(cue.end, c.start - clause.length + withClause.index)) >= 1) return c.start - clause.length + withClause.index;
    // (a subordinate clause with its own subject and cue, "preferred A while others supported B": content-end-subordinate.ts)
    // (read over a wider window: a subject with its "of" phrase is long)
    const sub = subordinateCut(text, ctx.sentence.start, cue, c, text.slice(Math.max(cue.end, c.start - SUBORDINATE_WINDOW), c.start));
    if (sub >= 0) return sub;
  }
  return endWithoutNextCue(text, ctx.sentence.start, cue, limit);
}

const WITH_SUBJECT = /(?:,\s*|\s)with\s+((?:[\p{L}\p{N}.’'-]+\s+){1,8})$/u;
const REPEATED_ADVERB = /(\p{Ll}+ly),\s*$/u;
