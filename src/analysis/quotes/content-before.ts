// A content BEFORE its verb cue with the subject before the cue: "CONTENT, X said." / "“CONTENT?” X asked." /
// "Five years ago, he said, CONTENT" (an aside). The cue inverted before its speaker ("CONTENT, said X.") is
// content-before-inverted.ts. Null: the content is after the cue (content-after.ts).
import type { Draft } from './draft.js';
import { OBJECT_LISTENER_VERBS } from '../../lexicon/listener-verbs.js';
import { charBefore, closesWithPunctuation, MAX_CONTENT, MAX_TAIL_WORDS, tailWords, type Ctx } from './cue-context.js';
import type { VerbReading } from './verb-cue.js';
import { rightStart } from './content-start.js';
import { COMPARISON_OPENING, gapRelative } from './gap-relative.js';
import { speakerIn } from './speaker.js';
import { INVERTING_VERB } from './inverted-speaker.js';
import { afterBlanks, isClosingMark, wordCount } from './text-utils.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { RELATIVE_DAYS } from '../../lexicon/time-words.js';
import { alternation } from '../alternation.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { afterListener, appendedNounPhrase, ellipticalContrast } from './content-before-tail.js';
import { joinedAsideClause, speakerAsideInClause } from './content-end-aside.js';
import { clauseJoin } from './content-end-join.js';
import { VERDICT_ON_ACT } from '../../lexicon/verdict-nouns.js';
import { leadInQuoteStart } from './content-before-lead.js';

// ("said in a statement released on Monday": the participle of the document the cue names)
// ("said late on Wednesday", "early Friday": the hour of the day before the date)
// ("said to reporters", "to staff on Monday": a determiner, a pronoun, a name or a plural after "to"; "refused to discuss" is a complement)
const ADVERBIAL_TAIL = new RegExp(String.raw`^\s*(?:[,.;:!?)]|to\s+(?:the|a|an|his|her|their|its|our|my|your|me|us|him|them|staff|\p{Lu}|\p{Ll}+[^\ssu]s)\b|(?:in|on|at|during|after|before|from|with|via|through|over|last|this|of|about|when|while|as|${RELATIVE_DAYS}|earlier|later|recently|again|too|also|then|afterward|posted|released|issued|published|${WEEKDAYS}|Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\b|(?:late|early)\s+(?:on|in|this|last|${WEEKDAYS}|${RELATIVE_DAYS})\b)`, 'u');
// "a claim the agency denies", "an account the mayor disputes": a noun of saying heads the subject
const CLAIM_NOUN_SUBJECT = /^\s*(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:claim|charge|assertion|accusation|allegation|account|characterization|description|view|figure|estimate|version|contention|suggestion)\s/u;
// a comma, one to three words (no verb or clause word), "and": a subject's first conjunct ("..., police and fire crews warned")
// (the head may carry a post-modifier whose object is the pair: "..., the union representing nurses and midwives said",
// "..., a group of farmers and growers said", "..., the Department of Health and Social Care said")
const SUBJECT_WORD = String.raw`(?!(?:is|was|are|were|be|has|have|had|will|would|can|could|and|but|or|nor|that|who|which|then|so|${alternation(SUBJECT_PRONOUNS)})\s)[\p{L}\p{N}’'.-]+\s+`;
const COORDINATED_SUBJECT = new RegExp(String.raw`,\s+(?:${SUBJECT_WORD}){1,3}(?:(?:of|for|from|at|representing)\s+(?:${SUBJECT_WORD}){1,2})?and\s*$`, 'u');
// a comma and a conjunction or a participle: a new clause after the attribution ("..., X said, but ...")
// ("..., officials said Monday, as rain continued to fall": the "as" clause is the writer's scene)
// (any -ing participle: "The mill will shut, the owners said, ending 90 years of paper-making in the valley"
// is the writer's comment, however long, and the content stays before the frame; not "nothing", "morning",
// "including" (a list that goes on with the content), nor a gerund that is the subject of a clause going on
// after the frame: "Though A, she said, moving the depot would cost more")
const PARTICIPLE = String.raw`(?!(?:no|some|any|every)thing\b|(?:mor|eve)ning\b|including\b)\p{Ll}{2,}ing\b`;
const GERUND_SUBJECT = String.raw`(?:\s+(?!(?:that|which|who|whom|because|when|as|if|after|before|since|while|and|but)\b)[\p{L}’'-]+){0,4}?\s+(?:would|will|is|was|could|can|may|might|has|had|are|were|should|must)\b`;
// (", in a move that ...", ", in what ...": the writer's verdict on the act, as the bare ", a move that": lexicon/verdict-nouns.ts)
const SEPARATE_CLAUSE = new RegExp(String.raw`,\s*(?:an?(?=\s)|${VERDICT_ON_ACT}|and|but|though|although|while|whereas|yet|because|so|even\s+though|without|despite|adding|noting|citing|as|when|after|amid|before|since|${PARTICIPLE}(?!${GERUND_SUBJECT}))\b`, 'iu');
// a preposition or time word and at most seven more words, no comma and no quotation mark: no clause
const FRONTED_ADVERBIAL = /^[\s“"‘']*(?:In|On|At|During|After|Before|Since|Until|Over|For|With|Without|Despite|Amid|Through|Throughout|Following|Earlier|Later|From|Under)\b[^,;:“”"‘’']{0,60}$/u;
// a question put to the speaker opening the sentence ("Asked whether ...", "When asked if ...")
const QUESTION_LEAD = /^[\s“"‘']*(?:(?:When|If|After|Once)\s+(?:being\s+)?)?[Aa]sked\s+(?:if|whether|about|why|how|what|when|who|which)\b/;
// a description that may stand in apposition before a name: "The mayor, Ida Strand," / "but a spokesman, X,"
// (after a bare comma it follows the content: "Ada Voss was born in 1950, her daughter, Ilse Voss, said.")
// (or a possessor's: "Tarn's regional director, Ola Berg, said", "the firm's head, X,"; not a contraction: "It's done, Ola Berg said.")
// (or after a quote closed with its punctuation: '“We will appeal,” her lawyer, Ana Roe, said')
const APPOSED_DESCRIPTION = /(^|[,;]\s*(?:and|but|while)\s+|\b(?:and|but)\s+|,\s*|[,!?…][”"’']\s*)(?:the|a|an|his|her|their|its|our|my|your|(?!(?:it|that|there|what|here|he|she|let|who|where|how)['’]s\s)(?:the\s+)?[\p{L}.-]+['’]s)\s+(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+\s*$/iu;
// a reported clause after the adverbial: "that" and words (not a relative "that was posted"), or a modal
const TAIL_CLAUSE = /(?:^|\s)that\s+(?!(?:was|is|were|are|has|had|have|aired|ran|appeared)\b)\p{L}|\s(?:would|will|could|should|might|must)\s/u;

/** "CONTENT, X said." / "“CONTENT?” X asked." / an aside "Five years ago, he said, CONTENT": the subject before the cue. */
export function contentXSaid(ctx: Ctx, r: VerbReading): Draft | null {
  const { s, sentence } = ctx;
  const { cue, end, subj, quoteNext, prevCue } = r;
  const text = s.doc.text;
  const ss = sentence.start;
  if (subj === null) return null;
  let lead = charBefore(text, ss, subj.start);
  // "The mill is shut, company and union officials say.": the subject read is the last conjunct; the content ends at its comma
  const pair = lead.c !== ',' && INVERTING_VERB.test(cue.lemma) ? COORDINATED_SUBJECT.exec(text.slice(Math.max(ss, subj.start - 48), subj.start)) : null;
  if (pair !== null) lead = { c: ',', at: subj.start - pair[0].length };
  const subjStart = pair !== null ? afterBlanks(text, lead.at + 1) : subj.start;
  // "..., Feld said, but she gave no date": a clause joined after the attribution is no part of it
  // (not a contrast with no verb of its own: "A, she recalls, but fair to the players" goes on as an aside)
  const separate = SEPARATE_CLAUSE.exec(text.slice(cue.end, Math.min(end, cue.end + 120)));
  const joinedClause = separate?.index === 0 && ellipticalContrast(text.slice(cue.end, Math.min(end, cue.end + 60))) ? null : separate;
  // ("..., the ministry announced on Monday, the third rise this year.": a noun phrase the writer appends)
  const appended = joinedClause === null ? appendedNounPhrase(text.slice(cue.end, end)) : -1;
  const tailEnd = joinedClause !== null ? cue.end + joinedClause.index : appended > 0 ? cue.end + appended : end;
  const tail = tailWords(text, cue.end, tailEnd);
  // "The mayor, Ida Strand, said ...", "but a spokesman, Col. Ivo Sarn, denied": a description in apposition is the subject's
  const descFrom = Math.max(ss, lead.at - 60);
  const desc = lead.c === ',' && /^[^,;:]*,\s*$/.test(text.slice(subj.end, cue.start)) ? APPOSED_DESCRIPTION.exec(text.slice(descFrom, lead.at)) : null;
  const descAfterQuote = desc !== null && /^[,!?…][”"’']/.test(desc[1] ?? '');
  const descAfterComma = desc !== null && (descAfterQuote || (/^,/.test(desc[1] ?? '') && !/^[,;]\s*(?:and|but|while)\s/.test(desc[1] ?? '')));
  const apposed = desc !== null && !descAfterComma && (desc[1] !== '' || descFrom === ss);
  // (the content ends at the comma before the description, or at the quote's closing mark)
  if (descAfterComma && desc !== null) lead = descAfterQuote ? { c: text[descFrom + desc.index + 1] ?? '', at: descFrom + desc.index + 1 } : { c: ',', at: descFrom + desc.index };
  // ("On Friday, the treasurer declined ...", "Before stepping down, Moss replied ...": a fronted time or place phrase is the frame's)
  // ("Asked if the toll is “fair,” most drivers said no": the question before is the interviewer's; the answer follows the cue)
  const frontedAdverbial = (lead.c === ',' && lead.at - ss <= 80 && FRONTED_ADVERBIAL.test(text.slice(ss, lead.at)))
    || QUESTION_LEAD.test(text.slice(ss, Math.min(lead.at, ss + 30)));
  const contentBefore = !apposed && lead.at - ss > 3 && (lead.c === ',' || isClosingMark(text, lead.c, lead.at) || lead.c === '?' || lead.c === '!');
  // (", not the 18 percent the board assumed.", ", a claim X denies.": an object-gap relative, gap-relative.ts, is no tail; ", the ferry firm X said." is)
  // (a verb of saying too after a comparison's noun phrase: ", ahead of the total traders had predicted")
  const compared = contentBefore && COMPARISON_OPENING.test(text.slice(lead.at + 1, subj.start + 40));
  const gap = contentBefore && !quoteNext && (!INVERTING_VERB.test(cue.lemma) || compared) ? gapRelative(text, ss, cue, end) : null;
  // (a claim noun too: ", a figure the agency disputes." is a report of its own whose content is that noun, as annotated
  // news marks it; the clause before stays the earlier cue's)
  if (gap !== null) return null;
  // a quote closed with its own punctuation (“...,” / “...?”) just before the subject: no doubt
  // (a title's marks are no quote's: 'On Channel 9's “Morning Desk,” Lind said the plan would fail' fronts where she said it,
  // and what follows the cue is read as for any fronted phrase; the title is no speech span)
  const closedQuote = closesWithPunctuation(text, lead.c, lead.at) && ctx.speech.containing(lead.at) !== undefined;
  // "Five years ago, he said, CONTENT": an aside, the content on both sides
  const aside = /^\s*,\s*([\p{L}]+)/u.exec(text.slice(cue.end, cue.end + 30));
  if (quoteNext && !closedQuote) {
    // fall through to "X said, “...”"
  } else if (contentBefore && lead.c === ',' && aside !== null && tail >= 2 && joinedClause?.index !== 0 && (/^including$/i.test(aside[1] ?? '') || !/ing$|^(?:in|on|at|to|for|with|by|from|after|before|during|according|who|which|as|citing)$/i.test(aside[1] ?? ''))) {
    // ("X said A, and the port, she added, would follow": after a report in the same sentence, the aside's clause only)
    // (any report before it: "said his side had defended well, but ..." has a second cue inside the first content)
    const joined = ctx.cues.filter((c) => c.start >= ss && c.end < cue.start).map((c) => joinedAsideClause(text, c.end, cue)).find((j) => j !== null) ?? null;
    // ("The union said the talks, Ida Roe added, would resume": inside the clause a report before it holds, the aside's
    // content is that report's, in which it nests: content-end-aside.ts)
    const outer = joined === null ? ctx.cues.find((c) => c.start >= ss && c.end < subj.start && c.kind === 'verb' && speakerAsideInClause(text, c.end, cue)) : undefined;
    const start = joined?.clause ?? (outer !== undefined ? rightStart(text, outer, end) : Math.max(ss, cue.start - MAX_CONTENT));
    return { start, end, cue, who: speakerIn(s, subj.start, subj.end, 'aside'), rule: 'aside', sentence: ctx.index };
  }
  // "CONTENT, X said." and "“CONTENT?” X asked.": after the cue only an adverbial may follow
  // ("said Friday", "said in a statement", "told reporters"), never a clause ("he said he's fine")
  const tailText = text.slice(cue.end, Math.min(tailEnd, cue.end + 60));
  // ("..., Ola Berg told a public meeting in the town hall.": the listener, then where it was said)
  const placed = OBJECT_LISTENER_VERBS.has(cue.lemma) ? afterListener(text.slice(cue.end, tailEnd)) : null;
  const listenerTail = placed !== null && ADVERBIAL_TAIL.test(placed) && wordCount(placed) <= MAX_TAIL_WORDS;
  // ("In May, Lee said on Monday that rents would rise": an adverbial, then the clause it reports)
  const tailOk = tail === 0 || (ADVERBIAL_TAIL.test(tailText) || (OBJECT_LISTENER_VERBS.has(cue.lemma) && tail <= 3) || listenerTail) && !TAIL_CLAUSE.test(tailText);
  if ((!quoteNext || closedQuote) && contentBefore && !frontedAdverbial && (((tail <= MAX_TAIL_WORDS || listenerTail) && tailOk) || closedQuote)) {
    const contentEnd = lead.c === ',' ? lead.at : lead.at + 1;
    // "X set out her goal: “Fix the roads,” she said.", "He trained — “to stay sharp,” he said.": the quote alone
    const leadIn = leadInQuoteStart(text, Math.max(ss, contentEnd - MAX_CONTENT), contentEnd);
    if (leadIn !== null) return { start: leadIn, end: contentEnd, cue, who: speakerIn(s, subjStart, subj.end, 'X-said'), rule: 'content-X-said', sentence: ctx.index };
    // "He argued that A, a claim the agency denies.": the claim is the content of the cue before it,
    // which keeps its own record; this one holds A only, not the first attribution
    const prior = prevCue !== undefined && prevCue.kind === 'verb' && prevCue.end < contentEnd && CLAIM_NOUN_SUBJECT.test(text.slice(subj.start, subj.end)) ? prevCue : undefined;
    // ("Growers say the dam is too low; only 30 farms got water, state records show.": after an attribution
    // of its own, a semicolon opens this content)
    const semicolon = prevCue !== undefined ? semicolonAfter(text, prevCue.end, contentEnd) : -1;
    // ("The firm said fares would rise, but pensioners would ride free, it added.": after a report of its own, a clause
    // joined by a comma and a conjunction opens this content)
    // (content-end-join.ts; the report before ends at the same join)
    const join = semicolon < 0 && prevCue !== undefined && prevCue.kind === 'verb' && prevCue.end < contentEnd ? clauseJoin(text, prevCue.end, contentEnd) : null;
    const from = prior !== undefined ? rightStart(text, prior, contentEnd) : semicolon >= 0 ? afterBlanks(text, semicolon + 1) : join !== null ? join.clause : Math.max(ss, contentEnd - MAX_CONTENT);
    return { start: from, end: contentEnd, cue, who: speakerIn(s, subjStart, subj.end, 'X-said'), rule: 'content-X-said', sentence: ctx.index };
  }
  return null;
}

/** The last ';' after `after` and at or before `at`, or -1: read back only to the cue before, not over the whole text. */
function semicolonAfter(text: string, after: number, at: number): number {
  for (let i = at; i > after; i--) if (text.charCodeAt(i) === 59) return i;
  return -1;
}
