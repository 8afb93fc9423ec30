// The words that name a figure's voucher once a cue is found: the mention SPEAKERS found there,
// an evidence phrase ("A Ridge poll", "recent polls"), or the capitalised words after the cue.
import type { Mention, SourceKind, Span } from '../../types.js';
import type { Counted } from '../state.js';
import { mentionAt } from '../speakers/lookup.js';
import { NOUNS } from './voucher-index.js';

export interface Voucher { source: string | null; sourceKind: SourceKind; sourceMention: Span; rule: string }

const CAPITALISED = /^(?:the[ \t\u00a0]+)?((?:\p{Lu}[\p{L}.&'’-]*|of|for|and|on)(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}.&'’-]*|of|for|and|on)){0,6})/u;

// an evidence noun closing a short phrase right after a cue: "according to recent surveys"
const EVIDENCE_AFTER = new RegExp(String.raw`^(?:[\p{L}’'.-]+[ \t\u00a0]+){0,5}?(?:${NOUNS})(?![\p{L}])`, 'iu');
// "figures compiled by", "data from": where the evidence right after a cue comes from
const ORIGIN_AFTER = /^(?:[ \t\u00a0]+(?:released|published|compiled|issued|conducted|collected|gathered))?[ \t\u00a0]+(?:by|from)[ \t\u00a0]+([^\s,.;:!?()"“”][^,.;:!?()"“”\n]{0,50}?)(?=[ \t\u00a0]*[,.;:!?()"“”\n])/i;
// words that end a noun phrase when reading leftwards from its noun
const PHRASE_STOP = /^(?:is|are|was|were|be|been|has|have|had|said|says|and|but|or|that|which|who|while|as|because|in|of|on|to|with|by|from|for|at|than|if|when|after|before|since|new)$/i;
const MAX_PHRASE_WORDS = 6;
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
const PERSONAL_OWNER = /^(?:his|her|their|my|your|our)[ \t\u00a0]/i;
// the last word of a text (and the blanks after it), read leftwards one word at a time
const BLANK_END = /[ \t\u00a0]$/;
const LAST_WORD = /([\p{L}\p{N}’'.&-]+)[ \t\u00a0]*$/u;

/** "A Ridge poll", "Tuesday's Alder College poll": the noun phrase ending at `end`; a named organisation inside names it. */
export function evidencePhrase(s: Counted, lo: number, end: number, rule: string): Voucher {
  const text = s.doc.text;
  let start = end;
  for (let n = 0; n < MAX_PHRASE_WORDS; n++) {
    const m = LAST_WORD.exec(text.slice(Math.max(lo, start - 40), start));
    if (!m || !m[1]) break;
    const wStart = start - m[0].length;
    if (n > 0 && PHRASE_STOP.test(m[1])) break;
    start = wStart;
    // a determiner opens the phrase: "keeps a weekly count" is "a weekly count"
    if (DETERMINER.test(m[1])) break;
    if (wStart <= lo || !BLANK_END.test(text.slice(Math.max(lo, wStart - 1), wStart))) break;
  }
  const phrase = text.slice(start, end);
  const named = mentionAt(s, start, end);
  const e = named && named.end <= end && named.kind === 'organization' && named.entity !== null ? s.entities[named.entity] : undefined;
  // "her emails", "their figures": a person's or a group's papers; the phrase still names the source, of no known kind
  const kind: SourceKind = !e && PERSONAL_OWNER.test(phrase) ? 'unknown' : 'organization';
  return { source: e ? e.name : phrase, sourceKind: kind, sourceMention: { text: phrase, start, end }, rule };
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
export function sourceAfter(s: Counted, pos: number, rule: string, nested = false): Voucher | null {
  const m = mentionAt(s, pos, pos + 1);
  if (m && m.start >= pos && m.start - pos <= 4) return fromMention(s, m, rule);
  const ev = EVIDENCE_AFTER.exec(s.doc.text.slice(pos, pos + 80));
  if (ev) {
    // "according to figures compiled by the league": the body named after the evidence is the source
    // (with no name there, the phrase runs on to the end of the origin's words: "figures compiled by the league")
    const at = pos + ev[0].length;
    // (one step only: "data from data from ..." in a hostile text must not recurse down the whole of it)
    const by = nested ? null : ORIGIN_AFTER.exec(s.doc.text.slice(at, at + 80));
    const named = by ? sourceAfter(s, at + by[0].length - by[1]!.length, rule, true) : null;
    if (named || !by) return named ?? evidencePhrase(s, pos, at, rule);
    const v = evidencePhrase(s, pos, at, rule);
    const end = at + by[0].length;
    const phrase = s.doc.text.slice(v.sourceMention.start, end);
    return { ...v, source: phrase, sourceMention: { text: phrase, start: v.sourceMention.start, end } };
  }
  const cap = CAPITALISED.exec(s.doc.text.slice(pos, pos + 80));
  if (!cap || !cap[1]) return null;
  // (a full stop after a long word ends the sentence, not an abbreviation: "according to the Red Cross.")
  const words = cap[1].replace(/[ \t\u00a0]+(?:of|for|and|on)$/, '').replace(/(\p{L}{5,})\.$/u, '$1');
  const start = pos + cap[0].length - cap[1].length;
  return { source: words, sourceKind: 'organization', sourceMention: { text: words, start, end: start + words.length }, rule };
}

/**
 * The mention ending right before `pos` ("Census data", "the agency estimated"). An unresolved pronoun there
 * ("which put ...") names nobody, unless `owner`: a possessive owner ("by his own count") is someone even
 * when SPEAKERS could not tell who, and the fact-checker reads the pronoun in its place.
 */
export function sourceBefore(s: Counted, lo: number, pos: number, rule: string, owner = false): Voucher | null {
  const text = s.doc.text;
  let end = pos;
  while (end > lo && /[ \t’'s]/.test(text[end - 1]!) && pos - end < 4) end--;
  const m = mentionAt(s, Math.max(lo, end - 1), end);
  if (!m || m.end > pos || pos - m.end > 4 || m.start < lo) return null;
  if (m.kind === 'pronoun' && m.entity === null && !(owner && POSSESSIVE_PRONOUN.test(m.text))) return null;
  return fromMention(s, m, rule);
}

const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my|your)$/i;
