// Where content-end.ts cuts, or does not, as a new clause meets a content: a fronted subordinate clause
// that opens the content keeps its comma, a semicolon before a closing "..., X show." is where the first
// content ends, a that-clause with its own subject goes on, and so does a share set against a share.
import type { Cue } from '../../types.js';
import { wordCount } from './text-utils.js';
import type { Ctx } from './cue-context.js';
import { alternation } from '../alternation.js';
import { SUBORDINATORS, SUBORDINATOR_PHRASES } from '../../lexicon/subordinators.js';
import { REPORTED_CLAUSE } from './content-end-alone.js';
import { PERSON_SUBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { isSayingLemma, SPEECH_FORMS } from '../../lexicon/speech-verbs.js';
import { cueTense } from './verb-form.js';
import { COUNT_WORDS, FRACTION_WORDS } from '../../lexicon/number-words.js';
import { PARTITIVE_QUANTIFIERS } from '../../lexicon/groups.js';

// a subordinator opening a reported clause ("said that while ..., ", "fear that if ..., "); "whenever" and
// "no matter" (how, what) open such a clause too
const FRONTED_SUBORDINATE = new RegExp(String.raw`^(?:[\s,:]*|[^,;]{0,60}?\sthat\s+)(?:${alternation([...SUBORDINATORS, 'whenever'])}|${SUBORDINATOR_PHRASES}|no\s+matter)\s`, 'i');

// the comma news may set after the complementizer before a fronted clause ("finds that, while ..., ...")
const THAT_COMMA = /^([^,;]{0,60}?\bthat),(?=\s)/i;

/** Whether the bare comma ending `content` closes a subordinate clause that opens it (no comma before but one right after "that"). */
export function frontedClauseEnds(content: string, cut: string): boolean {
  const opened = content.replace(THAT_COMMA, '$1');
  return /^[,;]\s+\S/.test(cut) && !/\b(?:and|but|while)\s/i.test(cut.slice(0, 8)) && FRONTED_SUBORDINATE.test(opened) && !/[,;]/.test(opened.trimEnd().slice(0, -1));
}

// the words after a cue that closes its sentence: up to four (a time, a short adverbial), then the end
const SENTENCE_TAIL = /^(?:\s+[\p{L}\p{N}’'.-]+){0,4}[\s.!?”"’']*$/u;

/** "Critics say A; only 900 homes were fixed, council figures show.": when the next cue closes the sentence
 *  after a bare comma and a short subject, with no clause after it, its content runs back to the semicolon
 *  (content-before.ts), and this one ends there ("..., but the mayor said more would follow" is left alone). */
export function semicolonBefore(ctx: Ctx, cueEnd: number, head: string, cut: string, next: Cue): number | null {
  const semi = head.lastIndexOf(';');
  if (semi < 0 || !/^,\s+\p{L}/u.test(cut) || ctx.sentence.end - next.end > 40 || wordCount(head.slice(0, semi)) < 2) return null;
  const tail = ctx.s.doc.text.slice(next.end, ctx.sentence.end);
  return SENTENCE_TAIL.test(tail) && !REPORTED_CLAUSE.test(tail) ? cueEnd + semi : null;
}

// right after a cue (and at most four words of listener): 'that', a subject that is no pronoun, then one clause (no aside) up to a bare 'and'
const THAT_OWN_SUBJECT = new RegExp(String.raw`^\s*(?:[\p{L}.’'-]+\s+){0,4}?that\s+(?!(?:${alternation(SUBJECT_PRONOUNS)})\b)[^,;:“”"()]{3,150}\sand\s+$`, 'iu');

/** "told the court that Ivo Berg phoned her and said he would ...", "a survey found that most tenants want a cap and support a levy":
 *  a verb after a bare 'and' inside a that-clause with a subject of its own (a name or a noun, not a pronoun that may be the
 *  speaker) is that subject's second verb, so the content goes on over it (`between` runs from the cue to the next cue), unless
 *  that verb cannot join the clause's own (secondActAfterClause). */
export function thatClauseGoesOn(between: string, cue: Cue, next: Cue): boolean {
  return THAT_OWN_SUBJECT.test(between) && !secondActAfterClause(between, cue, next);
}

// a modal in the that-clause: the clause's verb is bare after it ("would take"), so an inflected verb after its 'and' is not its own
const CLAUSE_MODAL = /\sthat\s.*\b(?:will|would|could|can|may|might|must|should|shall)\s/i;
// a present auxiliary in the that-clause ("is", "have"): a past after its 'and' does not go on with it
const CLAUSE_PRESENT = /\sthat\s.*\b(?:is|are|has|have)\s/i;

/**
 * "estimated that repairs would take a month and urged both sides to settle", "ruled that the lease is void and ordered ...": a cue
 * after the bare 'and' in the tense of the first cue, where the that-clause's verb cannot be coordinated with it (a modal before
 * it; or a present auxiliary before a past), is the first cue's subject's second act, not the clause's second verb.
 */
function secondActAfterClause(between: string, cue: Cue, next: Cue): boolean {
  const tense = cueTense(cue);
  if (tense === null || tense !== cueTense(next)) return false;
  const clause = ` ${between}`;
  return CLAUSE_MODAL.test(clause) || (tense === 'past' && CLAUSE_PRESENT.test(clause));
}

/** Whether a cue is a verb of saying or writing (not a stance, a feeling or a finding). */
const isSaying = (c: Cue): boolean => isSayingLemma(c.lemma);

// the verbs whose content is a clause told, written or found (not a stance's bare object)
const REPORTING_GROUPS: ReadonlySet<string> = new Set(['speech', 'writing', 'evidence']);
/**
 * "a poll found 54% support the levy, while 41% oppose it", "said 30 percent had left, whereas 12 percent stayed": a share
 * set against a share after the content of a verb of saying, writing or finding is part of what was said or found, so
 * `cut` (the text from the join on) is no cut; a contrast with a subject of its own ("..., though she said it would
 * fail") stays a second attribution, as does one after a stance's object. So does a share that says something
 * itself after a verb of saying (`cue` and `next` both saying or writing: "most fans said he should go, while 30
 * percent said he should stay"): each share of those asked is the source of its own answer (a share's saying after
 * a finding, "a poll found 54% back it, while 41% said ...", stays in what was found).
 */
export function contrastAfterReport(cue: Cue, cut: string, next: Cue, subject: string): boolean {
  return /^[,;]\s*(?:while|whereas)\s+(?:(?:about|nearly|only|just|some|roughly|almost)\s+)?\p{N}[\p{N}.,]*\s*(?:%|percent\b|per\s+cent\b|in\s+\p{N})/iu.test(cut)
    && REPORTING_GROUPS.has(SPEECH_FORMS.get(cue.lemma)?.group ?? '') && !(isSaying(cue) && isSaying(next) && SHARE_SUBJECT.test(subject));
}

// the cue's own subject (the sentence's text before it, no comma) is a share or count of those asked: "About 40 percent",
// "Sixty percent of the anglers", "Most season-ticket holders", "Just under half". Only then is a share saying something
// after it a parallel answer; after "The mayor said" or "The agency reported that 60 percent of firms said" the second
// share's answer is part of what the mayor or the agency reported.
const SHARE_WORDS = alternation([...COUNT_WORDS, ...Object.keys(FRACTION_WORDS), ...PARTITIVE_QUANTIFIERS, 'majority', 'minority']);
const SHARE_SUBJECT = new RegExp(String.raw`^\s*(?:[^\s,;:]+\s+){0,3}?(?:\p{N}|(?:${SHARE_WORDS})\b)[^,;:]*$`, 'iu');

// a comma, a comparison ("compared with", "compared to", "as against", "versus") and a short group with "who" right
// before the next cue: ", compared with 35 percent who said", ", versus four in 10 voters who believe"
const COMPARED_GROUP_WHO = /[,;]\s*(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?)\s+(?:[\p{L}\p{N}.%’'-]+\s+){1,6}?who\s+(?:[\p{L}’'-]+\s+){0,2}$/u;

/**
 * "40 percent said the levy was fair, compared with 35 percent who said it was too high": a group set against the
 * speakers by a comparison, with its own verb of saying in a relative clause, is a second attribution, so the first
 * content ends at the comma (the position in `clause`, the text before the next cue, or -1). A comparison with no
 * saying of its own ("said fares rose 4 percent, compared with 2 percent a year ago") is left to the content.
 */
export function comparedGroupCut(clause: string, next: Cue, subject: string): number {
  if (!isSaying(next) || !SHARE_SUBJECT.test(subject)) return -1;
  return COMPARED_GROUP_WHO.exec(clause)?.index ?? -1;
}

// a comma, then "where" or "whose" and more words: a relative clause on a noun the content ends with, not a new clause's subject
const RELATIVE_ON_NOUN = /^[,;]\s*(?:where|whose)\s+\S/i;
// a comma, then the last two items of a list joined by "and" ("..., Tarn and Vell backed it"), up to the next cue (not
// ", and Tarn and Vell reported": a conjunction after the comma joins a clause)
const LAST_LIST_ITEMS = /^[,;]\s*(?!(?:and|but|or|nor|so|yet)\s)(?:[\p{L}\p{N}.’'-]+\s+){1,3}and\s+(?:[\p{L}\p{N}.’'-]+\s+){1,3}$/iu;
// the item before that comma: up to five words after the comma before it, with no verb of a clause
const ITEM_BEFORE = /,\s*((?:[\p{L}\p{N}.’'-]+\s+){0,4}[\p{L}\p{N}.’'-]+)\s*$/u;

/**
 * "found that tenants, students, retirees and nurses backed the cap", "cited five towns, including Arlo, Tarn and Vell":
 * `cut` (a comma and a short phrase right before the next cue, `next`) opens no second clause where it holds the last
 * items of a list whose earlier items stand after commas in `head` (the content up to the cut), or where it is a relative
 * clause on a noun of the content (", where the plan was opposed", ", whose staff appeared calm") whose cue is no verb of
 * saying or writing (", where the jury had said ..." is a second attribution): the content goes on over it.
 */
export function noNewClause(head: string, cut: string, next: Cue): boolean {
  if (RELATIVE_ON_NOUN.test(cut)) {
    return !isSaying(next);
  }
  if (!LAST_LIST_ITEMS.test(cut)) return false;
  const item = ITEM_BEFORE.exec(head);
  return item !== null && !REPORTED_CLAUSE.test(item[1] ?? '');
}

// right after the cue: the aside's closing comma and a person's subject pronoun ("..., Ida Berg said, she feared ...")
const ASIDE_COMMA_PRONOUN = new RegExp(String.raw`^\s*,\s*(?:${alternation(PERSON_SUBJECT_PRONOUNS)})\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?$`, 'u');
// before the cue: words of content, a comma, then the cue's short subject (no clause mark)
const CONTENT_COMMA_SUBJECT = /[\p{L}\p{N}”"’')]\s*,\s*[^,;:“”"()]{1,60}$/u;

/**
 * "Without the grant, Ida Berg said, she feared the shelter would close": a cue between commas inside its content (an
 * aside, content-before.ts) with a pronoun and a cue of its own right after it: the pronoun is the speaker's, and
 * the clause after it goes on with what the aside reports, so it is no second attribution to cut at (`between`: the
 * text from the cue to the next cue; `before`: the sentence up to the cue).
 */
export function asideGoesOn(between: string, before: string): boolean {
  return ASIDE_COMMA_PRONOUN.test(between) && CONTENT_COMMA_SUBJECT.test(before);
}
