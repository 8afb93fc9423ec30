// A speech verb as the cue. Reads what stands around it (the subject before it, the cue before it,
// the char before it) and picks the reading: a question put to the speaker ("Asked whether ...,"),
// a participle that continues a frame (", adding that ..."), a content before the cue
// (content-before.ts, content-before-inverted.ts) or after it (content-after.ts).
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import { charBefore, verbAfterAside, type Ctx } from './cue-context.js';
import { rightEnd } from './content-end.js';
import { rightStart } from './content-start.js';
import { stripAux } from './positions.js';
import { hedgeAsideInReport } from './hedge-aside.js';
import { mentionsIn, NO_SPEAKER } from './speaker.js';
import { PREPOSITION_OBJECT_BEFORE } from '../speakers/preposition-object.js';
import { agentAfter } from './speaker-agent.js';
import { askedByQuestion } from '../cues/asked-by.js';
import { sentenceSubject } from './subjects.js';
import { isClosingMark, wordCount } from './text-utils.js';
import { contentXSaid } from './content-before.js';
import { contentSaidX } from './content-before-inverted.js';
import { contentAfter } from './content-after.js';
import { asComment } from './as-comment.js';
import { SPACED_DASH } from './content-end-dash.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { DAY_PARTS } from '../../lexicon/time-words.js';
import { alternation } from '../alternation.js';
import { BEFORE_PARTICIPLE } from '../../lexicon/subordinators.js';
import { ASKED_TOPIC_ONLY, PUBLISHING_VERBS } from '../../lexicon/empty-contents.js';
import { cueVoice } from './speaker-voice.js';
import { RULING_VOTE } from '../cues/verb-span.js';
import { verbSubject } from './verb-subject.js';
import { causedFeeling } from './feeler-as-source.js';
import { namingAsideEnd } from './naming-aside.js';
import { CAUSED_FEELING_LEMMAS } from '../../lexicon/caused-feelings.js';

// the cue ends in a participle, perhaps with its particle or channel ("adding", "referring to", "saying in a statement")
// or a court's vote ("ruling 2-1")
const PARTICIPLE_CUE = new RegExp(String.raw`\p{L}ing(?:\s+(?:to|on|about|of|for|out|in|with|against|as|before|up|an?|statement|interview|${WEEKDAYS}|${DAY_PARTS}|\p{Ll}+ly|${RULING_VOTE}))*:?$`, 'u');
// the comma that ends a fronted clause, perhaps inside the quote the clause ends with
// ("Asked if the plan is “fair,” Ida Lund said ...": stretch() then takes in the closing mark)
const CLAUSE_COMMA = /,[”"’'»]?\s/;
// a comma and an opening mark: the quote goes on after the frame
const REOPENING = /,\s*(?=[“"‘])/;
// the gerunds of a credit line ("Reporting by", "Writing by", "Editing by")
const CREDIT_GERUND = /^(?:reporting|writing|editing)$/i;
// a subordinator right before "asked": "when asked", "after being asked", "if asked"
const ASKED_AFTER = new RegExp(String.raw`(?:^|[\s,(—–-])(?:${alternation(BEFORE_PARTICIPLE)})\s+(?:being\s+)?$`, 'i');

/** What verbCue has read around a verb cue, for the rules that place its content. */
export interface VerbReading {
  cue: Cue;
  /** where a content right of the cue ends (rightEnd) */
  end: number;
  /** the cue's subject, when one stands before it */
  subj: { start: number; end: number } | null;
  /** the char before the cue (auxiliaries skipped) */
  beforeCue: { c: string; at: number };
  /** a quotation opens right after the cue ("said, “...”") */
  quoteNext: boolean;
  /** the draft a participle or coordinated cue continues */
  prev: Draft | undefined;
  /** the cue before this one in the sentence */
  prevCue: Cue | undefined;
  /** whether a range holds a mention that names someone (not a description, not after a preposition) */
  names: (r: { start: number; end: number }) => boolean;
}

/** ", adding that CONTENT" / "before insisting CONTENT": the participle's clause, with the frame's speaker. */
function participleCue(ctx: Ctx, cue: Cue, end: number, adverbialLead: boolean, prev: Draft | undefined): Draft | null {
  const text = ctx.s.doc.text;
  const start = rightStart(text, cue, end);
  // "While visiting the plant, the mayor said ...": an adverbial clause ends at its comma, and the
  // main clause after it has its own cue
  if (adverbialLead) {
    const comma = text.slice(start, end).search(CLAUSE_COMMA);
    if (comma > 0) end = start + comma;
  }
  // "“This,” said Ed Oakes, pointing at the map, “is where the road goes.”": in the frame of a quote the
  // participle ends at the comma before the quote reopens, which goes on with the first half
  if (prev !== undefined && prev.sentence === ctx.index && prev.end <= cue.start && /^content-/.test(prev.rule)) {
    // (a short phrase, no "that" clause: "adding that it was, “...”" keeps its quote)
    const reopen = /\bthat\s*$/.test(text.slice(cue.end, start)) ? null : REOPENING.exec(text.slice(start, Math.min(end, start + 60)));
    const at = reopen !== null ? start + reopen.index + reopen[0].length : -1;
    if (reopen !== null && ctx.speech.openingFrom(at)?.open === at && wordCount(text.slice(start, start + reopen.index)) <= 6) end = start + reopen.index;
  }
  if (wordCount(text.slice(start, end)) === 0) return null;
  const who = prev !== undefined && prev.sentence === ctx.index ? { ...prev.who, speakerRule: 'participle' } : sentenceSubject(ctx, cue.start) ?? NO_SPEAKER;
  return { start, end, cue, who, rule: 'adding-content', sentence: ctx.index };
}

/** The draft for a verb cue, or null when it reports nothing. */
export function verbCue(ctx: Ctx, k: number, prev: Draft | undefined): Draft | null {
  const cue = ctx.cues[k] as Cue;
  const { s, sentence } = ctx;
  const text = s.doc.text;
  const ss = sentence.start;
  // (the naming verb of an aside before another cue's "that" names up to the aside's comma: naming-aside.ts)
  const naming = namingAsideEnd(text, ss, cue);
  const end = naming >= 0 ? naming : rightEnd(ctx, k);
  // "Asked about the delay, Ann Lee said ...", "a guest who asked about parking": only the topic of
  // someone else's question, nothing reported (lexicon/empty-contents.ts)
  if (/\basked\s+about$/i.test(cue.text) && ASKED_TOPIC_ONLY.test(text.slice(cue.end, Math.min(end, cue.end + 130)))) return null;
  // "Asked whether the bridge is safe, Ann Lee said ...": a question put by someone unnamed; its
  // content is the participle clause, up to its comma, and the main clause keeps its own cue
  // ("When asked about the toll, Ann Lee shrugged", "Lee, when asked whether ..., said": the same
  // question after a subordinator, wherever it stands)
  if (/^(?:being\s+)?[Aa]sked\b/.test(cue.text) && (/^[\s“"‘']*$/.test(text.slice(ss, cue.start)) || ASKED_AFTER.test(text.slice(Math.max(ss, cue.start - 16), cue.start)))) {
    // ("Asked by reporters whether ...": the asker named after "by" is the source, the question after it the content)
    // (the span of "asked" alone: the cue may be "being asked")
    const question = /asked$/i.test(cue.text) ? askedByQuestion(text, cue.end - 'asked'.length, cue.end) : -1;
    const start = question >= 0 ? question : rightStart(text, cue, end);
    const comma = text.slice(start, end).search(CLAUSE_COMMA);
    const who = question >= 0 ? agentAfter(s, cue.end, question) ?? NO_SPEAKER : NO_SPEAKER;
    if (start < end) return { start, end: comma > 0 ? start + comma : end, cue, who, rule: 'asked-lead', sentence: ctx.index };
  }
  // "(Reporting by Tom Fenn; Editing by Jo Kray)", "Additional reporting from ...": a credit line
  if (CREDIT_GERUND.test(cue.text) && /^\s+(?:by|from)\s/i.test(text.slice(cue.end, cue.end + 6))) return null;
  // a nested cue ("said the city expects") finds its subject after the cue before it (verb-subject.ts)
  const prevCue = k > 0 ? ctx.cues[k - 1] : undefined;
  const names = (r: { start: number; end: number }): boolean => mentionsIn(s, r.start, r.end).some((m) => m.kind !== 'description' && !PREPOSITION_OBJECT_BEFORE.test(text.slice(Math.max(r.start, m.start - 10), m.start)));
  // "The delay, he added, suggests ...": the verb right after an aside's cue is the content's own
  if (prevCue !== undefined && prevCue.kind === 'verb' && verbAfterAside(text, ss, prevCue, cue)) return null;
  // "The council said the bridge, it appears, would stay shut": a hedge inside the report (hedge-aside.ts)
  if (hedgeAsideInReport(text, ss, prevCue, cue)) return null;
  const subj = verbSubject(ctx, cue, prevCue, names);
  const beforeCue = charBefore(text, ss, stripAux(text, ss, cue.start));
  // ", adding that CONTENT" / "before insisting CONTENT": a participle continues the previous cue's
  // speaker, or else the subject of the sentence
  const adverbialLead = /\b(?:before|after|while|by|when)\s*$/i.test(text.slice(Math.max(ss, cue.start - 8), cue.start));
  // ("said the pitch was “a disgrace” — insisting that ...": a spaced dash with no second one after the cue, as a comma)
  const dashLead = /[—–]/.test(beforeCue.c) || (beforeCue.c === '-' && /\s--?$/.test(text.slice(Math.max(ss, beforeCue.at - 2), beforeCue.at + 1)));
  const participleLead = beforeCue.c === ',' || (isClosingMark(text, beforeCue.c, beforeCue.at) && text[beforeCue.at - 1] === ',') || adverbialLead
    || (dashLead && !SPACED_DASH.test(text.slice(cue.end, ctx.sentence.end)));
  // (not a verb of causing a feeling: ", angering the Greens" names who felt it, nothing said; feeler-as-source.ts)
  if (PARTICIPLE_CUE.test(cue.text) && participleLead && !CAUSED_FEELING_LEMMAS.has(cue.lemma)) return participleCue(ctx, cue, end, adverbialLead, prev);
  // "X said, “...”": a quote right after the cue is its content, whatever stands before the subject
  const quoteNext = /^\s*[,:]?\s*[“"‘'«„]/.test(text.slice(cue.end, cue.end + 4)) && ctx.speech.containing(text.slice(cue.end, cue.end + 4).search(/[“"‘'«„]/) + cue.end) !== undefined;
  const reading: VerbReading = { cue, end, subj, beforeCue, quoteNext, prev, prevCue, names };
  // "The ruling surprised legal experts": the subject is the content, the feeler after the cue its source (feeler-as-source.ts)
  const felt = causedFeeling(ctx, reading);
  if (felt !== undefined) return felt;
  // ('The report, titled “Fair Rents”, was published on Monday': a passive verb of putting out has the document as its
  // subject, no speaker of anything before it; content-after-passive.ts drops such a cue)
  if (subj !== null && PUBLISHING_VERBS.has(cue.lemma) && cueVoice(text, ss, cue) === 'passive') return contentAfter(ctx, reading);
  // the content before the cue ("CONTENT, said X.", "CONTENT, X said."; content-before-inverted.ts, content-before.ts), else after it
  // (a cue in an "as" comment clause vouches for the sentence around it: as-comment.ts)
  return asComment(ctx, reading) ?? contentSaidX(ctx, reading) ?? contentXSaid(ctx, reading) ?? contentAfter(ctx, reading);
}
