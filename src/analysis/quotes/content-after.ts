// A content AFTER its verb cue: "X said (that) CONTENT", "X said of the plan. “CONTENT”"
// (quote-after-tail.ts), and the readings where the clause holds its own subject (passive and raising
// cues with no named source: content-after-passive.ts; relative clauses, "which critics say is unfair":
// relative-content.ts).
import type { Draft } from './draft.js';
import type { Cue } from '../stage-types.js';
import { charBefore, type Ctx } from './cue-context.js';
import type { VerbReading } from './verb-cue.js';
import { rightStart } from './content-start.js';
import { stripAux } from './positions.js';
import { NO_SPEAKER, type SpeakerFields } from './speaker.js';
import { sentenceSubject, verbSpeaker } from './subjects.js';
import { cueVoice } from './speaker-voice.js';
import { reducedPassive } from './reduced-passive.js';
import { wordCount } from './text-utils.js';
import { quoteAfterTail } from './quote-after-tail.js';
import { relativeContent } from './relative-content.js';
import { coordinatedRelativeSubject } from './relative-subject.js';
import { gapRelative } from './gap-relative.js';
import { CIRCUMSTANCE_CLAUSE, DISCOVERY_VERBS, FOUND_WHERE_ONLY, PUTTING_OUT_VERBS } from '../../lexicon/empty-contents.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { ACTION_PASTS } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';
import { frontedConditionStart } from './fronted-condition.js';
import { passiveContent } from './content-after-passive.js';

// "and"/"or"/"nor" right after the cue, in lower case (a capital opens a sentence-like content)
const COORDINATED_AFTER = /^\s+(?:and|or|nor)\s/;
// a comma, then "which"/"who"/"whom"/"whose" opening a non-restrictive relative clause
const RELATIVE_AFTER_COMMA = /^\s*,\s*(?:which|who|whom|whose)\s/i;
// a comma, then a finite verb: an auxiliary, or a past before its object, in -ed ("..., declined the offer", "..., refused to
// say", "..., rejected claims") or irregular before a determiner ("..., left the hall", "..., sold the shop"); not a
// describing participle ("said, tired after the match, that ...", "said, left to himself, ...") nor a verb of saying, which
// after a comma opens an inverted frame (", said a spokesman": lexicon/past-forms.ts ACTION_PASTS)
const PREDICATE_AFTER_COMMA = new RegExp(String.raw`^\s*,\s*(?:(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\s|\p{Ll}{2,}ed\s+(?:(?:the|a|an|its|his|her|their|to)\s|(?:\p{Ll}+\s+)?\p{Ll}{3,}s\b)|(?:${alternation(ACTION_PASTS)})\s+(?:the|a|an|its|his|her|their)\s)`, 'u');
// a name (perhaps after "the"), then at most a time or place phrase: the listener of "tell" alone
const LISTENER_ONLY = new RegExp(String.raw`^(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:\p{Lu}[\p{L}’'.&-]*|of|and))*(?:\s+(?:earlier|later|last|this|on|in|at|before|after|during|${WEEKDAYS})\b[^,;:“”"]{0,50})?$`, 'u');

// a quote whose last words end in a comma, a stop or a question mark inside its closing mark
const OPENING_MARK = /[“"‘']/;
const CLOSED_WITHIN = /[,.!?]\s*[”"’']+$/;
// a conjunction opening a clause of the writer's after it (not a second "that" or "whether" clause of what was said)
const JOIN_AFTER = /^\s+(?:and|but|so|then|before)\s+(?!(?:that|whether|if|how|why|what)\b)\S/;

// "X wants to respond ...": an infinitive's speaker is the subject of the sentence
const isInfinitive = (text: string, ss: number, cue: Cue): boolean =>
  /^to\s/i.test(cue.text) || /\bto\s+$/i.test(text.slice(Math.max(ss, cue.start - 4), cue.start));

/** "X said (that) CONTENT": the content right of the cue, or the clause that holds the cue's subject. */
export function contentAfter(ctx: Ctx, r: VerbReading): Draft | null {
  const { s, sentence } = ctx;
  const { cue, end, subj, quoteNext, prev, names } = r;
  const text = s.doc.text;
  const ss = sentence.start;
  let start = rightStart(text, cue, end);
  // "who argued and lost", "backed the plan or voted for it": a second verb coordinated with the
  // cue is what the subject did next, no reported clause
  if (COORDINATED_AFTER.test(text.slice(cue.end, Math.min(end, cue.end + 8)))) return null;
  let contentEnd = end;
  // "X said of the plan. “CONTENT”": a short tail, then a quote opening the next sentence
  // (the tail is an adverbial or nothing: "said of the plan", "wrote on Monday"; quote-after-tail.ts)
  const next = quoteAfterTail(ctx, cue, start, end);
  if (next !== null) {
    start = next.open;
    contentEnd = next.close;
  }
  // "the $2 million analysts had expected": the cue's object is the noun before its subject (gap-relative.ts)
  const gapped = subj !== null && !quoteNext ? gapRelative(text, ss, cue, end) : null;
  // "The report, which the council published, says ...": a relative clause whose verb puts out the document before it
  // tells what was done with the document; what it says is the main verb's to report
  if (gapped !== null && PUTTING_OUT_VERBS.has(cue.lemma)) return null;
  if (gapped === null && wordCount(text.slice(start, Math.min(contentEnd, start + 40))) === 0) return null;
  // "The clause to which Ana Lind was pointing, which her deputy drafted, ...": a comma and a relative
  // pronoun after the cue open a clause on the noun before it, not a reported clause
  if (gapped === null && RELATIVE_AFTER_COMMA.test(text.slice(cue.end, Math.min(end, cue.end + 12)))) return null;
  // "The firm, which has yet to comment, is expected to appeal": a comma, then a finite verb with no subject of its own is
  // the main clause's predicate after the relative clause that held the cue closed, nothing reported
  // (but an object relative that closes at its cue still reports itself: "the plan, which voters want, is fair",
  // relative-content.ts)
  if (gapped === null && PREDICATE_AFTER_COMMA.test(text.slice(cue.end, Math.min(end, cue.end + 40)))) {
    return subj !== null ? relativeContent(ctx, cue, subj, names, start, contentEnd, verbSpeaker(ctx, cue, subj, isInfinitive(text, ss, cue))) : null;
  }
  // "told Reuters.", "told the Courier on Monday.": the one told and when, with no clause, is no content
  // (not after "what X told Reuters": the free relative is the content, gap-relative.ts)
  if (gapped === null && cue.lemma === 'tell' && contentEnd - start <= 80 && LISTENER_ONLY.test(text.slice(start, contentEnd).replace(/[\s.!?]+$/, ''))) return null;
  // "apologised after its account posted a cartoon": when or why, not what (lexicon/empty-contents.ts)
  if (contentEnd - start <= 200 && CIRCUMSTANCE_CLAUSE.test(text.slice(start, contentEnd).replace(/[\s.!?]+$/, ''))) return null;
  // "Stolen van found in reservoir", "Missing climbers found safe": a participle of coming upon something with only where
  // or in what state after it is a passive with "be" left out, no claim (lexicon/empty-contents.ts)
  if (DISCOVERY_VERBS.has(cue.lemma) && /^\p{L}+$/u.test(cue.text) && contentEnd - cue.end <= 120 && FOUND_WHERE_ONLY.test(text.slice(cue.end, contentEnd).replace(/[\s.!?]+$/, ''))) return null;
  const infinitive = isInfinitive(text, ss, cue);
  // who speaks for the cue (passive, raising, infinitive, relative): SPEAKERS' verbSpeaker decides
  let who: SpeakerFields = verbSpeaker(ctx, cue, subj, infinitive);
  const coordinated = /\b(?:and|but)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(ss, cue.start - 20), cue.start));
  // "..., the Greens, who hold 14 seats and have threatened to abstain": a verb coordinated inside a relative clause
  // shares the relative pronoun (its antecedent speaks), not the subject of the draft before it
  const relative = subj === null && who.speakerMention === null ? coordinatedRelativeSubject(ctx, stripAux(text, ss, cue.start), cueVoice(text, ss, cue)) : null;
  if (relative !== null) who = relative;
  // "She said A and said B": a coordinated verb shares the subject
  else if (subj === null && coordinated && prev !== undefined && prev.sentence === ctx.index && cue.start - prev.end < 40) {
    who = { ...prev.who, speakerRule: 'shared-subject' };
  } else if (subj === null && who.speakerMention === null && !reducedPassive(text, ss, cue)) {
    // "Novak cycled home on Monday and says ...", "He scolded X, mocked Y": a verb with no
    // subject of its own shares the subject of the sentence (speakerRule 'sentence-subject'),
    // but ", expected to win" is a passive whose believers go unnamed
    who = sentenceSubject(ctx, cue.start) ?? NO_SPEAKER;
  }
  if (gapped !== null) return { ...gapped, cue, who, rule: 'gap-relative', sentence: ctx.index };
  // a quote that runs from the cue to the sentence end is a direct quote: the strong reading
  const q = quoteNext ? ctx.speech.containing(start) ?? ctx.speech.openingFrom(start) : undefined;
  // (or that closes on its own comma, stop or question mark before a conjunction and the writer's next clause: "told me,
  // “Never play for the draw,” and he was right", "said, “We will win,” and the crowd roared"; not "and that ...", which
  // goes on with what was said)
  // (after the one told too: "warned her, “...,” but")
  const opening = q ?? (OPENING_MARK.test(text.slice(start, start + 1)) ? ctx.speech.openingFrom(start) : undefined);
  if (opening !== undefined && opening.open <= start + 2 && CLOSED_WITHIN.test(text.slice(opening.open, opening.close)) && JOIN_AFTER.test(text.slice(opening.close, contentEnd))) {
    contentEnd = opening.close;
  }
  const whole = q !== undefined && q.open <= start + 2 && !/[\p{L}\p{N}]/u.test(text.slice(q.close, Math.min(contentEnd, q.close + 40)));
  // the passive and raising readings: the whole clause with no source named, the subject before "by" and its agent
  // (content-after-passive.ts)
  const passive = passiveContent(ctx, r, start, contentEnd, who);
  if (passive !== undefined) return passive;
  const rule = start >= sentence.end ? 'X-said-next-quote' : whole ? 'X-said-quote' : 'X-said-content';
  // a fronted condition before the frame belongs to what was said ("If the levy passes, she said, “we will all
  // pay.”", "Even if the dam holds, the engineer said the town must move": fronted-condition.ts)
  if ((rule === 'X-said-quote' || rule === 'X-said-content') && subj !== null && !cue.text.endsWith(':')) {
    const lead = charBefore(text, ss, subj.start);
    const from = lead.c === ',' ? frontedConditionStart(text.slice(ss, lead.at), ss, rule === 'X-said-quote' ? 'quote' : 'content', cue.lemma, text.slice(cue.end, Math.max(cue.end, start))) : -1;
    if (from >= 0) return { start: from, end: contentEnd, cue, who, rule: 'aside', sentence: ctx.index };
  }
  // "a rule which critics say is unfair", "the judge who she claims lied": the content runs from the
  // relative pronoun, over speaker and cue (relative-content.ts)
  // (but "which he called “a fair offer.”": words in marks that fill the rest are a direct quote)
  if (subj !== null && !whole && start < sentence.end) {
    const relative = relativeContent(ctx, cue, subj, names, start, contentEnd, who);
    if (relative !== null) return relative;
  }
  return { start, end: contentEnd, cue, who, rule, sentence: ctx.index };
}
