// A noun of saying as the cue: "Ann Lee's claim that CONTENT", "their pledge to cut fares", and the
// stance nouns cues/nominal.ts finds ("his critique of X", "faced criticism from X for Y").
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import type { Ctx } from './cue-context.js';
import { rightEnd } from './content-end.js';
import { NO_SPEAKER, speakerIn } from './speaker.js';
import { wordCount } from './text-utils.js';
import { nominalContent, nounPossessor } from './nominal-content.js';
import { nounClauseEnd } from './nominal-end.js';
import { pastHolders } from '../cues/nominal-unheld.js';
import { agentParticipleQuote } from './agent-participle.js';
import { subjectBeforeVerb } from '../cues/nominal-verb.js';
import { CLAUSE_LIGHT_VERBS, STANCE_LIGHT_VERBS } from '../../lexicon/stance-light-verbs.js';
import { verbForms } from '../../lexicon/verb-forms.js';
import { alternation } from '../alternation.js';
import { isGroupNoun, isOrganizationHead, isOrganizationWord, isPersonNoun, withoutPossessive } from '../mentions/words.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { gappedRelative } from './relative-that.js';

// a light verb right before "the claim that", "the view that" (perhaps with auxiliaries or an adverb): "made the claim
// that", "has taken the view that", "gave an assurance that". Its subject holds the claim, as a possessor would.
const LIGHT_VERB_END = new RegExp(String.raw`(?:^|\s)(?:(?:has|have|had|will|would|also|again|never|not|\p{Ll}+ly)\s+){0,2}(?:${alternation([...STANCE_LIGHT_VERBS, ...CLAUSE_LIGHT_VERBS, ...verbForms('take')])})\s+$`, 'u');

const CLAUSE_LIGHT_VERB = new RegExp(String.raw`(?:^|\s)(?:${alternation(CLAUSE_LIGHT_VERBS)})\s+$`, 'u');
const LAST_WORD = /[\p{L}'’-]+$/u;
// "The drought raised fears that the harvest would fail": an event or a thing raises fears and hopes in others, so the
// subject of "raise"/"float" holds them only if it can hold a view: a name, a person, a group, a body, or a pronoun for one
function canHoldView(subject: string): boolean {
  const head = withoutPossessive(LAST_WORD.exec(subject.trimEnd())?.[0] ?? '');
  const lower = head.toLowerCase();
  if (subject.trim() === head && PERSON_SUBJECT_PRONOUNS.includes(lower === 'i' ? 'I' : lower)) return true;
  return /^\p{Lu}/u.test(head) || isPersonNoun(lower) || isGroupNoun(lower) || isOrganizationWord(lower) || isOrganizationHead(lower);
}

/** The subject of a light verb ending right before the noun cue at `cueStart`, as a source span, or null. */
function lightVerbHolder(text: string, cueStart: number, sentenceStart: number): { start: number; end: number; rule: string } | null {
  const before = text.slice(Math.max(sentenceStart, cueStart - 40), cueStart);
  const verb = LIGHT_VERB_END.exec(before);
  if (verb === null) return null;
  const subject = subjectBeforeVerb(text, cueStart - before.length + verb.index + (verb[0].length - verb[0].trimStart().length), sentenceStart);
  if (subject === null) return null;
  if (CLAUSE_LIGHT_VERB.test(before) && !canHoldView(text.slice(subject.start, subject.end))) return null;
  return { ...subject, rule: 'light-verb-subject' };
}

/** The holders after "among" between `from` and `to` ("among many growers"), as a source span. */
function holdersAfter(text: string, from: number, to: number): { start: number; end: number; rule: string } {
  const among = /^\s+among\s+/.exec(text.slice(from, to));
  return { start: from + (among?.[0].length ?? 0), end: to, rule: 'among' };
}

/** "Ann Lee's claim that CONTENT": the possessor before the noun is the source, the clause after "that" the content. */
export function nounCue(ctx: Ctx, k: number): Draft | null {
  const cue = ctx.cues[k] as Cue;
  const text = ctx.s.doc.text;
  // "a plan backed by the unions": the noun before a stance participle, held by its agent (agent-participle.ts)
  if (cue.construction === 'agent-participle') return agentParticipleQuote(ctx, cue);
  // the content is the clause after "that", or the infinitive with its "to" ("pledge to cut fares"), for a
  // cue the cue stage read as a possessed clause (not a stance cue with its object: "her criticism of that
  // decision" has a determiner after its preposition)
  // ("the feeling among many growers that CONTENT": past the holders, who are the source; cues/nominal-unheld.ts)
  const holdersEnd = cue.construction === 'possessed-clause' ? pastHolders(text, cue.end) : cue.end;
  const that = cue.construction !== 'possessed-clause' ? null : /^\s+that\s+|^\s+(?=to\s)/.exec(text.slice(holdersEnd, holdersEnd + 8));
  // else a stance noun with its object, or criticism received ("his critique of X", "faced criticism from X")
  const nominal = that === null ? nominalContent(text, cue, ctx.sentence.start, ctx.sentence.end) : null;
  if (that === null && nominal === null) return null;
  // "In her judgment, Justice Ida Vos said ...", "In their view, fares will rise, analysts wrote": a verb cue in the clause
  // beside "by/in X's own account/view" reports that clause itself, and the phrase is a hedge inside it; the outer
  // record would swallow the verb's own record, speaker and all
  if (cue.construction === 'own-account' && nominal !== null && ctx.cues.some((c) => c.kind === 'verb' && c.start >= nominal.start && c.end <= nominal.end)) return null;
  const start = nominal?.start ?? holdersEnd + (that?.[0].length ?? 0);
  // ("raised the idea that we discussed last year": a relative clause, the noun its verb's object; relative-that.ts)
  if (nominal === null && /that/.test(that?.[0] ?? '') && gappedRelative(text, start)) return null;
  // ("Her claim to have won was false": a subject's infinitive ends before the main verb, nominal-infinitive.ts)
  const end = nominal?.end ?? nounClauseEnd(text, cue, start, rightEnd(ctx, k), ctx.sentence.start, ctx.cues.slice(k + 1));
  if (nominal === null && wordCount(text.slice(start, Math.min(end, start + 40))) < 2) return null;
  // the source: the possessor ("his", "Ann Lee's") or the giver ("criticism from X"), found in nominal-content.ts
  const source = nominal !== null ? nominal.source : holdersEnd > cue.end ? holdersAfter(text, cue.end, holdersEnd)
    : (nounPossessor(text, cue.start, ctx.sentence.start) ?? lightVerbHolder(text, cue.start, ctx.sentence.start));
  const who = source !== null ? speakerIn(ctx.s, source.start, source.end, source.rule) : NO_SPEAKER;
  return { start, end, cue, who, rule: nominal?.rule ?? 'noun-that', sentence: ctx.index };
}
