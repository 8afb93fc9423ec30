// Who vouches for a figure outside quotation: "according to X", "X data show", "a report by X",
// "X estimated", "(X)" right after the figure. Each pattern is a bounded regex over the figure's
// sentence; the source is the mention (from SPEAKERS) at the matched place, or the capitalised
// words there when no mention was found.
import type { Figure, Mention, SourceKind, Span } from '../../types.js';
import type { Counted } from '../state.js';
import { EVIDENCE_NOUNS, EVIDENCE_VERBS } from '../../lexicon/figure-sources.js';
import { mentionAt } from '../speakers/lookup.js';

export interface Voucher { source: string | null; sourceKind: SourceKind; sourceMention: Span; rule: string }

const NOUNS = EVIDENCE_NOUNS.join('|');
const VERBS = [...EVIDENCE_VERBS].sort((a, b) => b.length - a.length).join('|');
const ACCORDING = /(?<![\p{L}])according[ \t]+to[ \t]+/giu;
// "a report by X", "data from X", "a study published by X"
const BY_SOURCE = new RegExp(String.raw`(?<![\p{L}])(?:${NOUNS})(?:[ \t]+(?:released|published|compiled|issued|conducted))?[ \t]+(?:by|from)[ \t]+`, 'giu');
// "X data show", "X's report found", "X estimated"
const SOURCE_VERB = new RegExp(String.raw`(?<![\p{L}])(?:(?:${NOUNS})[ \t]+)?(?:${VERBS})(?![\p{L}])`, 'giu');
const QUANTITY = new Set(['count', 'money', 'percent', 'measure']);
const PAREN_AFTER = /^[^()\n.;]{0,60}?\(([^()\n]{2,60})\)/u;
const CAPITALISED = /^(?:the[ \t]+)?((?:\p{Lu}[\p{L}.&'’-]*|of|for|and|on)(?:[ \t]+(?:\p{Lu}[\p{L}.&'’-]*|of|for|and|on)){0,6})/u;

// an evidence noun closing a short phrase right after a cue: "according to recent polls"
const EVIDENCE_AFTER = new RegExp(String.raw`^(?:[\p{L}’'.-]+[ 	]+){0,5}?(?:${NOUNS})(?![\p{L}])`, 'iu');
const EVIDENCE_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:${NOUNS})(?![\p{L}])`, 'giu');
const EVIDENCE_VERB = new RegExp(String.raw`^[^.;!?]{0,120}?(?<![\p{L}])(?:${VERBS})(?![\p{L}])`, 'iu');
// words that end a noun phrase when reading leftwards from its noun
const PHRASE_STOP = /^(?:is|are|was|were|be|been|has|have|had|said|says|says|and|but|or|that|which|who|while|as|because|in|of|on|to|with|by|from|for|at|than|if|when|after|before|since|new)$/i;
const MAX_PHRASE_WORDS = 6;

/** "A Fox News poll", "Wednesday's Quinnipiac poll": the noun phrase ending at `end`; a named organisation inside names it. */
function evidencePhrase(s: Counted, lo: number, end: number, rule: string): Voucher {
  const text = s.doc.text;
  let start = end;
  const words = /([\p{L}\p{N}’'.&-]+)[ 	]*$/u;
  for (let n = 0; n < MAX_PHRASE_WORDS; n++) {
    const m = words.exec(text.slice(Math.max(lo, start - 40), start));
    if (!m || !m[1]) break;
    const wStart = start - m[0].length;
    if (n > 0 && PHRASE_STOP.test(m[1])) break;
    start = wStart;
    if (wStart <= lo || !/[ 	]$/.test(text.slice(Math.max(lo, wStart - 1), wStart))) break;
  }
  const phrase = text.slice(start, end);
  const named = mentionAt(s, start, end);
  const e = named && named.end <= end && named.kind === 'organization' && named.entity !== null ? s.entities[named.entity] : undefined;
  return { source: e ? e.name : phrase, sourceKind: 'organization', sourceMention: { text: phrase, start, end }, rule };
}

function kindOf(s: Counted, m: Mention): SourceKind {
  const e = m.entity !== null ? s.entities[m.entity] : undefined;
  if (e) return e.kind;
  if (m.kind === 'organization') return 'organization';
  if (m.kind === 'group') return 'group';
  if (m.kind === 'name' || m.kind === 'title-name') return 'person';
  return 'unknown';
}

function fromMention(s: Counted, m: Mention, rule: string): Voucher {
  const e = m.entity !== null ? s.entities[m.entity] : undefined;
  return { source: e ? e.name : m.text, sourceKind: kindOf(s, m), sourceMention: { text: m.text, start: m.start, end: m.end }, rule };
}

/** The mention starting at `pos` (after a cue), else an evidence phrase ("recent polls"), else the capitalised words there. */
function sourceAfter(s: Counted, pos: number, rule: string): Voucher | null {
  const m = mentionAt(s, pos, pos + 1);
  if (m && m.start >= pos && m.start - pos <= 4) return fromMention(s, m, rule);
  const ev = EVIDENCE_AFTER.exec(s.doc.text.slice(pos, pos + 80));
  if (ev) return evidencePhrase(s, pos, pos + ev[0].length, rule);
  const cap = CAPITALISED.exec(s.doc.text.slice(pos, pos + 80));
  if (!cap || !cap[1]) return null;
  const words = cap[1].replace(/[ \t]+(?:of|for|and|on)$/, '');
  const start = pos + cap[0].length - cap[1].length;
  return { source: words, sourceKind: 'organization', sourceMention: { text: words, start, end: start + words.length }, rule };
}

/** The mention ending right before `pos` ("Census data", "the agency estimated"). */
function sourceBefore(s: Counted, lo: number, pos: number, rule: string): Voucher | null {
  const text = s.doc.text;
  let end = pos;
  while (end > lo && /[ \t’'s]/.test(text[end - 1]!) && pos - end < 4) end--;
  const m = mentionAt(s, Math.max(lo, end - 1), end);
  if (m && m.end <= pos && pos - m.end <= 4 && m.start >= lo) return fromMention(s, m, rule);
  return null;
}

export function findVoucher(s: Counted, f: Figure, lo: number, hi: number): Voucher | null {
  const v = findAnyVoucher(s, f, lo, hi);
  // a figure inside the source's own words ("a 2014 study") is not vouched for by it
  if (v && f.start < v.sourceMention.end && v.sourceMention.start < f.end) return null;
  return v;
}

function findAnyVoucher(s: Counted, f: Figure, lo: number, hi: number): Voucher | null {
  const quantity = QUANTITY.has(f.kind);
  const text = s.doc.text;
  const sentence = text.slice(lo, hi);
  // 1. "according to X" anywhere in the figure's sentence
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(sentence); m; m = ACCORDING.exec(sentence)) {
    const v = sourceAfter(s, lo + m.index + m[0].length, 'according-to');
    if (v) return v;
  }
  // dates and years are vouched for only by "according to"; "the poll was conducted February 15" is not the poll's claim
  if (!quantity) return null;
  // 2. "a report by X", "data from X"
  BY_SOURCE.lastIndex = 0;
  for (let m = BY_SOURCE.exec(sentence); m; m = BY_SOURCE.exec(sentence)) {
    const v = sourceAfter(s, lo + m.index + m[0].length, 'report-by');
    if (v) return v;
  }
  // 3. "(X)" right after the figure, in the same clause
  // (quantities only: "April 1 (UPI) —" is a dateline)
  const paren = QUANTITY.has(f.kind) ? PAREN_AFTER.exec(text.slice(f.end, Math.min(hi, f.end + 120))) : null;
  if (paren && paren[1] && /^\p{Lu}/u.test(paren[1]) && !/^[ \t]*[—–-]/.test(text.slice(f.end + paren.index + paren[0].length))) {
    const at = f.end + paren.index + paren[0].length - paren[1].length - 1;
    const v = sourceAfter(s, at, 'parenthesis');
    if (v && v.sourceMention.end <= at + paren[1].length) return v;
  }
  // 4. "the poll found", "A Fox News poll, conducted ..., shows": an evidence noun with its verb in the sentence
  EVIDENCE_NOUN.lastIndex = 0;
  for (let m = EVIDENCE_NOUN.exec(sentence); m; m = EVIDENCE_NOUN.exec(sentence)) {
    const nEnd = lo + m.index + m[0].length;
    if (nEnd > f.start && nEnd < f.end) continue;
    const lead = text.slice(Math.max(lo, nEnd - m[0].length - 60), nEnd - m[0].length);
    if (EVIDENCE_VERB.test(text.slice(nEnd, hi)) || /(?:^|[^\p{L}])(?:by|under)[ \t]+(?:the[ \t]+)?[^,.;]{0,40}$/iu.test(lead) && /^[ \t]*,/.test(text.slice(nEnd, nEnd + 3))) {
      return evidencePhrase(s, lo, nEnd, 'data-show');
    }
  }
  // 5. "the agency estimated ...": a named estimator right before its verb, before the figure
  SOURCE_VERB.lastIndex = 0;
  const head = text.slice(lo, f.start);
  let found: Voucher | null = null;
  for (let m = SOURCE_VERB.exec(head); m; m = SOURCE_VERB.exec(head)) {
    const v = sourceBefore(s, lo, lo + m.index, 'estimated');
    if (v) found = v;
  }
  return found;
}
