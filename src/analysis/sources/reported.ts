// A figure in a reported clause that no quote covers. Two shapes only, each inside one clause:
// "X says (that) 300 homes were lost" and "300 homes were lost, X said". Dates, years and ages
// are left out: "X said in June 2012" and "Y, 82, said" are the frame of the report, not its content.
// (Tried wider: any speech cue in the sentence. On annotated news that took the frame for content.)
import type { Cue, Figure, Mention, SourceKind, Span } from '../../types.js';
import type { Counted } from '../state.js';
import { mentionEndingBefore, mentionStartingAfter } from '../speakers/lookup.js';

export interface Reported { source: string | null; sourceKind: SourceKind; sourceMention: Span }

const QUANTITY = new Set(['count', 'money', 'percent', 'measure']);
const SPEAKING: ReadonlySet<string> = new Set(['name', 'title-name', 'description', 'pronoun', 'organization', 'group']);
// "X said that ..." with at most a few words before the figure and no clause break
const THAT_CLAUSE = /^[ \t\u00a0]+that[ \t\u00a0]+[^,;:()"“”]{0,60}$/;
// "..., X said." right after the figure's clause
const INVERTED_GAP = /^[^;:()"“”.!?]{0,60},[ \t\u00a0]*$/;
// an inverted report closes its clause: "..., the ministry said." / "said on Tuesday" / "said the ministry,".
// Words going on after it ("..., say the company will save ...") make the cue open a new report instead.
const CLAUSE_END = /^[ \t\u00a0]*(?:[.,;:!?\n”"’)]|$|(?:on|in|at|by|during|after|before|when|while|late|early|earlier|later|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}]))/iu;
// "that was reported", "is estimated": a passive cue names no one who said it
const PASSIVE = /^(?:is|are|was|were|be|been|being)[ \t\u00a0]/i;

function speakerOf(s: Counted, m: Mention | undefined): Reported | null {
  if (!m || !SPEAKING.has(m.kind)) return null;
  const e = m.entity !== null ? s.entities[m.entity] : undefined;
  if (!e && m.kind === 'pronoun') return null;
  const kind: SourceKind = e ? e.kind : m.kind === 'organization' ? 'organization' : m.kind === 'group' ? 'group' : 'person';
  return { source: e ? e.name : m.text, sourceKind: kind, sourceMention: { text: m.text, start: m.start, end: m.end } };
}

/** The verb cues starting inside [lo, hi), by binary search on the sorted cue list. */
function verbCues(cues: Cue[], lo: number, hi: number): Cue[] {
  let a = 0;
  let b = cues.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (cues[mid]!.start < lo) a = mid + 1; else b = mid;
  }
  const out: Cue[] = [];
  for (let i = a; i < cues.length && cues[i]!.start < hi; i++) if (cues[i]!.kind === 'verb') out.push(cues[i]!);
  return out;
}

export function reportedSource(s: Counted, f: Figure, lo: number, hi: number): Reported | null {
  // durations open clauses ("For almost six days, they spoke"): frame too
  if (!QUANTITY.has(f.kind) || f.rule.startsWith('age') || f.rule.startsWith('unit-time')) return null;
  const text = s.doc.text;
  for (const c of verbCues(s.cues, lo, hi)) {
    if (c.end <= f.start && THAT_CLAUSE.test(text.slice(c.end, f.start))) {
      const r = speakerOf(s, mentionEndingBefore(s, c.start, 3));
      if (r) return r;
    }
    if (c.start >= f.end && !PASSIVE.test(c.text) && INVERTED_GAP.test(text.slice(f.end, Math.max(f.end, c.start - 40)) + ',') ) {
      // the speaker right before the cue ("the ministry said") or right after it ("said the ministry")
      const between = text.slice(f.end, c.start);
      if (!/,[ \t\u00a0]*(?:\S+[ \t\u00a0]+){0,4}$/.test(between)) continue;
      const before = speakerOf(s, mentionEndingBefore(s, c.start, 3));
      const r = before ?? speakerOf(s, mentionStartingAfter(s, c.end, 2));
      const closes = before ? c.end : r?.sourceMention.end;
      if (r && r.sourceMention.start > f.end && closes !== undefined && CLAUSE_END.test(text.slice(closes, closes + 12))) return r;
    }
  }
  return null;
}
