// A figure in a reported clause that no quote covers. Three shapes only, each inside one clause:
// "X says (that) 300 homes were lost", "300 homes were lost, X said" and the reduced relative
// "the $8 million (that) planners say it will take". Dates, years and ages
// are left out: "X said in May 2009" and "Y, 82, said" are the frame of the report, not its content.
// (Tried wider: any speech cue in the sentence. On annotated news that took the frame for content.)
import type { Cue, Figure, Mention, SourceKind, Span } from '../../types.js';
import type { Counted } from '../state.js';
import { QUANTITY_KINDS } from '../figures/candidate.js';
import { mentionEndingBefore, mentionsIn, mentionStartingAfter } from '../speakers/lookup.js';
import { firstNotBefore } from '../sorted.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { RELATIVE_DAYS } from '../../lexicon/time-words.js';

export interface Reported { source: string | null; sourceKind: SourceKind; sourceMention: Span }

const SPEAKING: ReadonlySet<string> = new Set(['name', 'title-name', 'description', 'pronoun', 'organization', 'group']);
// "X said that ..." with at most a few words before the figure and no clause break
const THAT_CLAUSE = /^[ \t\u00a0]+that[ \t\u00a0]+[^,;:()"“”]{0,60}$/;
// "..., X said." right after the figure's clause
const INVERTED_GAP = /^[^;:()"“”.!?]{0,100},[ \t\u00a0]*$/;
// an inverted report closes its clause: "..., the ministry said." / "said on Tuesday" / "said tonight" / "said the ministry,".
// Words going on after it ("..., say the firm can cut ...") make the cue open a new report instead.
const CLAUSE_END = new RegExp(String.raw`^[ \t\u00a0]*(?:[.,;:!?\n”"’)]|$|(?:on|in|at|by|during|after|before|when|while|late|early|earlier|later|last|this|${RELATIVE_DAYS}|${WEEKDAYS})(?![\p{L}]))`, 'iu');
// the speaker words after the clause's comma: at most four words (", the ministry")
const WORDS_AFTER_COMMA = /,[ \t\u00a0]*(?:\S+[ \t\u00a0]+){0,4}$/;
// "that was reported", "is estimated": a passive cue names no one who said it
const PASSIVE = /^(?:is|are|was|were|be|been|being)[ \t\u00a0]/i;

function speakerOf(s: Counted, m: Mention | undefined): Reported | null {
  if (!m || !SPEAKING.has(m.kind)) return null;
  const e = m.entity !== null ? s.entities[m.entity] : undefined;
  if (!e && m.kind === 'pronoun') return null;
  // a description no entity stands behind may be a person ("the mayor") or a body ("the union"): unknown, as a quote says
  const kind: SourceKind = e ? e.kind : m.kind === 'organization' ? 'organization' : m.kind === 'group' ? 'group' : m.kind === 'description' ? 'unknown' : 'person';
  return { source: e ? e.name : m.text, sourceKind: kind, sourceMention: { text: m.text, start: m.start, end: m.end } };
}

// auxiliaries and adverbs between a subject and its cue ("who had long opposed", "which it has repeatedly said")
const AUX_GAP = /^(?:[ \t\u00a0]+(?:has|have|had|is|was|were|are|will|would|also|since|now|long|already|repeatedly|publicly|recently|later|then|never|not|once|first)(?![\p{L}]))+$/u;

/** Who a verb cue reports: the speaking mention right before it ("which it said", "who had long opposed"). */
export function cueSubject(s: Counted, c: Cue): Reported | null {
  const m = mentionEndingBefore(s, c.start, 3) ?? mentionsIn(s, Math.max(0, c.start - 40), c.start).pop();
  if (!m || (m.end + 3 < c.start && !AUX_GAP.test(s.doc.text.slice(m.end, c.start).trimEnd()))) return null;
  return speakerOf(s, m);
}

/** The verb cues starting inside [lo, hi), by binary search on the sorted cue list. */
export function verbCues(cues: Cue[], lo: number, hi: number): Cue[] {
  const a = firstNotBefore(cues, (x) => x.start < lo);
  const out: Cue[] = [];
  for (let i = a; i < cues.length && cues[i]!.start < hi; i++) if (cues[i]!.kind === 'verb') out.push(cues[i]!);
  return out;
}

// "the $5 million planners say", "the 300 jobs the firm says", "the 2-degree limit that scientists agree":
// up to three words (no preposition: "40 percent of voters said" makes the figure the speaker) and "that/which"
const RELATIVE_GAP = /^((?:[ \t\u00a0]+[\p{L}-]+){0,3}?)[ \t\u00a0]+(?:(that|which)[ \t\u00a0]+)?$/iu;
const PREPOSITION = /(?<![\p{L}])(?:of|in|among|for|from|with|at|on|to|by|than)(?![\p{L}])/iu;
const OPENS_PHRASE = /^(?:(?:the|a|an|some|many|most|several)(?![\p{L}])|\p{Lu})/u;
// the relative clause goes on inside the reported one: "say it costs", "says it will cut", "agree is likely".
// "the 9 things he said about her" and "the boat that she hopes to buy" describe the figure's noun instead
const EMBEDDED_CLAUSE = /^[ \t\u00a0]+(?:(?:it|they|he|she|we|you|this|there)[ \t\u00a0]+[\p{L}’']+|(?:is|are|was|were|will|would|could|can|may|might|has|have|had)(?![\p{L}]))/u;
const RELATIVE_PRONOUN = /^(?:who|whom|which|that)$/i;

/** "the $8 million planners say it will take": the figure is what the speaker's clause is about, not the speaker. */
function reducedRelative(s: Counted, f: Figure, c: Cue): Reported | null {
  const text = s.doc.text;
  const m = mentionEndingBefore(s, c.start, 3);
  if (!m || m.start <= f.end || m.start - f.end > 40 || RELATIVE_PRONOUN.test(m.text)) return null;
  const gap = RELATIVE_GAP.exec(text.slice(f.end, m.start));
  if (!gap || PREPOSITION.test(gap[1]!)) return null;
  // with no "that", a count right before its noun may be the speakers themselves ("12 senators said"):
  // only money and measures (which cannot speak), or a noun then a phrase of its own ("300 jobs the firm says")
  if (!gap[2] && !(f.kind === 'money' || f.kind === 'measure') && !(gap[1]!.trim() !== '' && OPENS_PHRASE.test(m.text))) return null;
  if (!EMBEDDED_CLAUSE.test(text.slice(c.end, c.end + 30))) return null;
  return speakerOf(s, m);
}

export function reportedSource(s: Counted, f: Figure, lo: number, hi: number): Reported | null {
  // durations open clauses ("For almost six days, they spoke"): frame too
  if (!QUANTITY_KINDS.has(f.kind) || f.rule.startsWith('age') || f.rule.startsWith('unit-time')) return null;
  const text = s.doc.text;
  for (const c of verbCues(s.cues, lo, hi)) {
    if (c.end <= f.start && THAT_CLAUSE.test(text.slice(c.end, f.start))) {
      const r = speakerOf(s, mentionEndingBefore(s, c.start, 3));
      if (r) return r;
    }
    if (c.start > f.end && c.start - f.end <= 60 && !PASSIVE.test(c.text)) {
      const r = reducedRelative(s, f, c);
      if (r) return r;
    }
    if (c.start >= f.end && !PASSIVE.test(c.text) && INVERTED_GAP.test(text.slice(f.end, Math.max(f.end, c.start - 40)) + ',') ) {
      // the speaker right before the cue ("the ministry said") or right after it ("said the ministry")
      const between = text.slice(f.end, c.start);
      if (!WORDS_AFTER_COMMA.test(between)) continue;
      const before = speakerOf(s, mentionEndingBefore(s, c.start, 3));
      const r = before ?? speakerOf(s, mentionStartingAfter(s, c.end, 2));
      const closes = before ? c.end : r?.sourceMention.end;
      if (r && r.sourceMention.start > f.end && closes !== undefined && CLAUSE_END.test(text.slice(closes, closes + 12))) return r;
    }
  }
  return null;
}
