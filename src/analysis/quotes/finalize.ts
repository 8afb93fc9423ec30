// From a draft to a public Quote: stretch the content over any quote it cuts into, trim it, and
// decide the type from the quotation marks inside it: all in marks -> direct (text = the words in
// the marks), some in marks -> partial (text = the whole content, `quoted` = the fragments),
// none -> indirect.
import type { Resolved } from '../state.js';
import type { Quote, QuoteSpan, Span } from '../../types.js';
import type { Draft } from './draft.js';
import { trim, type SpeechSpans } from './text-utils.js';
import { TIME_UNITS } from '../../lexicon/time-words.js';
import {
  ANONYMITY_CONTENT, CIRCUMSTANCE_ONLY, DECLARED_ACTS, GREETING_CONTENT, GREETING_VERBS, ISSUING_VERBS, NO_COMMENT_CONTENT, ONLY_A_DATE, ONLY_A_VEHICLE,
} from '../../lexicon/empty-contents.js';
import {
  ADDRESSEE_THEN_TOPIC, ADDRESSEE_VERBS, COLON_THEN_QUOTE, LISTENER_LEAD_VERBS, ONLY_A_NOUN_PHRASE, ONLY_AN_ADDRESSEE,
} from '../../lexicon/listener-contents.js';
import { alternation } from '../alternation.js';
import { OBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { TIME_ZONE_ABBREVIATIONS } from '../../lexicon/time-zones.js';

const EDGE = /[\s,;:.—–-]/;
const TRAILING_MODIFIER = /^\s+(?:in|on|at|during|as|while|after|before|since|amid|for)\s/;
// "spoke for an hour", "argued for hours", "talked for about 20 minutes": how long someone spoke is
// no content of what they said (checked on short contents only, so it stays cheap)
const ONLY_A_DURATION = new RegExp(String.raw`^(?:(?:for|over|during)\s+)?(?:(?:about|nearly|almost|roughly|some|more\s+than|less\s+than|at\s+least|over|under|well\s+over)\s+)?(?:(?:an?|the\s+(?:whole|entire|next|last)|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|several|many|a\s+few|a\s+couple\s+of)\s+)?(?:(?:${TIME_UNITS})s?|while|moment|long\s+time)$`, 'i');

// (and how often or when, in the adverbs with no -ly: "said so twice", "had said as much once", "told them before")
const FUNCTION_WORD = String.raw`(?:it|${alternation(OBJECT_PRONOUNS)}|you|that|this|these|those|so|to|with|about|for|at|back|up|out|there|here|then|now|again|too|also|often|later|today|yesterday|everything|nothing|something|anything|however|though|nonetheless|nevertheless|meanwhile|instead|anyway|twice|once|thrice|before|earlier|already|since|\p{Ll}+ly)`;
const ONLY_FUNCTION_WORDS = new RegExp(String.raw`^${FUNCTION_WORD}(?:\s+${FUNCTION_WORD}){0,3}$`, 'iu');

// a clock time (and its zone) at the start of a line, before a quote or a capital
const TIME_STAMP = new RegExp(String.raw`^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|${alternation(TIME_ZONE_ABBREVIATIONS)}))?\s+(?=[“"‘'«„\p{Lu}])`, 'u');

const ANAPHORIC_CONTENT = /^(?:it|so|this|that|these|those)$/i;
const LEADING_THAT = /\bthat\s+$/;
// a bracketed aside and nothing else ("(for now)", "(for now).")
const BRACKETED_ONLY = /^\([^()]*\)[.!?]?$/;

function runClose(speech: SpeechSpans, q: QuoteSpan): number {
  const spans = speech.spans;
  let i = speech.indexOf(q);
  while (spans[i]?.continued === true && i + 1 < spans.length) i++;
  return spans[i]?.close ?? q.close;
}

/** A content that starts or ends inside a quote takes in the whole quote (and its paragraph run). */
export function stretch(d: Draft, speech: SpeechSpans): Draft {
  let { start, end } = d;
  const atStart = speech.containing(start);
  if (atStart !== undefined && atStart.open < start) start = atStart.open;
  const atEnd = speech.containing(Math.max(start, end - 1));
  if (atEnd !== undefined) end = Math.max(end, runClose(speech, atEnd));
  return start === d.start && end === d.end ? d : { ...d, start, end };
}

export function finalize(s: Resolved, draft: Draft, speech: SpeechSpans): Quote | null {
  const text = s.doc.text;
  const d = stretch(draft, speech);
  const { start, end } = d;
  const t = trim(text, start, end, EDGE);
  // "13:40 ‘Stay indoors’, police urge": a live blog's time stamp opens the entry, not the content
  const stamp = /^\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) ? TIME_STAMP.exec(text.slice(t.start, t.start + 24)) : null;
  if (stamp !== null) t.start += stamp[0].length;
  if (t.end <= t.start) return null;
  const inside = speech.within(t.start, t.end);
  const quoted: Span[] = inside.map((q) => ({ ...q.inner }));
  // words outside the marks? (gap by gap, so a run of a thousand quotes is read once)
  let wordsOutside = false;
  let at = t.start;
  for (const q of [...inside, { open: t.end, close: t.end }]) {
    const gap = text.slice(at, Math.max(at, q.open));
    if (/[\p{L}\p{N}]/u.test(gap)) { wordsOutside = true; break; }
    at = Math.max(at, q.close);
  }
  const marksOnly = inside.length > 0 && !wordsOutside;
  // a quote interrupted by its cue (“A,” she said, “B.”) has marks on both sides of the cue; a content
  // that merely runs over its cue ("which she called “X” and “Y”") has them on one side
  const cue = d.cue;
  const interrupted = cue !== null && inside.some((q) => q.close <= cue.start) && inside.some((q) => q.open >= cue.end);
  let type: Quote['type'] = inside.length === 0 ? 'indirect' : marksOnly || interrupted ? 'direct' : 'partial';
  // a transcript turn ("A: ..." / "NAME: ...", quotes/transcript.ts) is verbatim speech without marks:
  // direct, the whole turn quoted
  if (d.rule === 'transcript-turn' && inside.length === 0) {
    type = 'direct';
    quoted.push({ text: text.slice(t.start, t.end), start: t.start, end: t.end });
  }
  let span = { start: t.start, end: t.end };
  // "told them that “we will win.”": the writer's "that" before the marks makes the quote partial,
  // "that" included (the convention of annotated news: the reported clause starts at its "that")
  const that = type === 'direct' && !interrupted && cue !== null && inside.length > 0 ? LEADING_THAT.exec(text.slice(Math.max(cue.end, t.start - 8), t.start)) : null;
  if (that !== null) {
    type = 'partial';
    span = { start: t.start - that[0].length, end: t.end };
  }
  const first = inside[0];
  const lastInside = inside[inside.length - 1];
  if (type === 'direct' && first !== undefined && lastInside !== undefined) {
    span = { start: first.inner.start, end: lastInside.inner.end };
  }
  if (span.end <= span.start) return null;
  if (type !== 'direct' && quoted.length === 0) type = 'indirect';
  if (type === 'indirect' && span.end - span.start < 50 && ONLY_A_DURATION.test(text.slice(span.start, span.end))) return null;
  // "published on Tuesday", "will report in March": when, not what (lexicon/empty-contents.ts)
  if (type === 'indirect' && span.end - span.start <= 40 && ONLY_A_DATE.test(text.slice(span.start, span.end))) return null;
  // "apologised to survivors", "complained to the council", "spoke to reporters at the finish, still in a flag": whom, not what
  if (type === 'indirect' && span.end - span.start <= 200 && ADDRESSEE_VERBS.has(d.cue?.lemma ?? '') && ONLY_AN_ADDRESSEE.test(text.slice(span.start, span.end))) return null;
  // "spoke to reporters about the strike": the listener goes, the topic is what the words were about (lexicon/listener-contents.ts)
  const topic = type !== 'direct' && ADDRESSEE_VERBS.has(d.cue?.lemma ?? '') ? ADDRESSEE_THEN_TOPIC.exec(text.slice(span.start, Math.min(span.end, span.start + 120))) : null;
  if (topic !== null) span = { start: span.start + topic[0].length, end: span.end };
  // "told journalists: “...”", "interrupted the mayor: “...”": the listener before a colon lead-in; the words are the
  // quote's (lexicon/listener-contents.ts)
  if (type === 'indirect' && d.cue?.kind === 'verb' && LISTENER_LEAD_VERBS.has(d.cue.lemma) && span.end - span.start <= 40 && COLON_THEN_QUOTE.test(text.slice(span.end, span.end + 8))
    && ONLY_A_NOUN_PHRASE.test(text.slice(span.start, span.end))) return null;
  // "declined to comment", "did not return a request for comment": no claim (lexicon/empty-contents.ts)
  if (type === 'indirect' && span.end - span.start < 60 && NO_COMMENT_CONTENT.test(text.slice(span.start, span.end))) return null;
  // "said goodbye to its cinema", "bid farewell to the crew": a greeting, not a claim (lexicon/empty-contents.ts)
  if (type === 'indirect' && span.end - span.start <= 80 && GREETING_VERBS.has(d.cue?.lemma ?? '') && GREETING_CONTENT.test(text.slice(span.start, span.end))) return null;
  // "asked not to be named", "requested anonymity": why the source is unnamed, not what was said
  if (type === 'indirect' && ANONYMITY_CONTENT.test(text.slice(span.start, span.start + 40))) return null;
  // "issued a statement", "released a short statement": the vehicle of the words, not the words (lexicon/empty-contents.ts)
  if (type === 'indirect' && span.end - span.start <= 40 && ISSUING_VERBS.has(d.cue?.lemma ?? '') && ONLY_A_VEHICLE.test(text.slice(span.start, span.end))) return null;
  // "declared a state of emergency": the words are the act
  if (type === 'indirect' && span.end - span.start < 100 && /^(?:declare|proclaim)$/.test(d.cue?.lemma ?? '') && DECLARED_ACTS.test(text.slice(span.start, span.end))) return null;
  // "reported from the coast", "replied with a shrug": where or how, not what (lexicon/empty-contents.ts)
  // (after the cue only: a content before its frame, "With polls up, Lee seeks ...", is a clause)
  if (type === 'indirect' && !d.rule.startsWith('content-') && span.end - span.start <= 80 && CIRCUMSTANCE_ONLY.test(text.slice(span.start, span.end))) return null;
  // "the growers still have hope (for now)": a bracketed aside after the cue, and nothing else, is the writer's note
  if (type === 'indirect' && BRACKETED_ONLY.test(text.slice(span.start, span.end))) return null;
  // "talk often", "answered them", "promise you that", "spoke to us", "spoke out, however": a content of
  // pronouns, particles and adverbs (linking ones too) only says nothing; the verb was an act or its content is elsewhere
  // (but "hated it", "doesn't think so": one word standing for a claim named before is a content)
  if (type === 'indirect' && span.end - span.start < 40 && ONLY_FUNCTION_WORDS.test(text.slice(span.start, span.end)) && !ANAPHORIC_CONTENT.test(text.slice(span.start, span.end))) return null;
  // a partial quote ends with its last verbatim fragment when a modifier of the main verb follows
  // ("vowed to fix the roads “before the first snow” in her first year, during ...")
  const last = inside[inside.length - 1];
  if (type === 'partial' && last !== undefined && last.close < span.end && TRAILING_MODIFIER.test(text.slice(last.close, last.close + 12)) && text.slice(last.close, span.end).includes(',')) {
    span = { start: span.start, end: last.close };
  }
  return {
    doc: s.doc.id, type, text: text.slice(span.start, span.end), start: span.start, end: span.end, quoted,
    ...d.who,
    cue: d.cue !== null ? { text: d.cue.text, start: d.cue.start, end: d.cue.end } : null,
    rule: d.rule,
  };
}
