// Cues that are not verbs: "according to" (and "as per X", a set-off "per X"), a colon that leads into a quote
// (also across a line break: "And from the chairwoman:\n“...”"), and a dash byline after a quote ("“...” — Name").
import type { Cue, QuoteSpan } from '../../types.js';
import { PER_RATE_NOUNS } from '../../lexicon/prepositions.js';
import { alternation } from '../alternation.js';
import { basisAccordingTo } from './according-basis.js';

// "according to X", and the framings that name a source the same way: "in the view of X", "in the
// words of X", "in the opinion of X" (not "in the eyes of", as often a literal look as a view)
// (and "as per X", the same in Indian and British copy; not the idiom "as per usual", which names no source)
const ACCORDING_TO = /\b(?:according to|as per(?!\s+(?:usual|normal)\b)|in the (?:view|words|opinion|estimation|judgm?ent) of)\b/gi;
// a bare "per" set off as a source: opening the sentence or after a comma or dash, before an article, a possessive or a
// capital ("Per the agency, ...", "..., per Ivo Berg's count"), never before a rate noun ("$5, per hour") or a number
const PER = /\b[Pp]er[ \t\u00a0]+(?=(?:the|a|an|his|her|its|their)\b|\p{Lu})/gu;
const PER_OPENS = /(?:^|[,(—–\n]|[.!?]["”’']?[ \t\u00a0])[ \t\u00a0]*$/u;
const PER_CLOSES = /^[^,;:.!?\n]{1,70}?(?:[.!?]|$)/u;
// "Per" is also a first name: inside a sentence a capital "Per" is one ("goals from Ivo Berg, Per Lund and Tom Ash"),
// and so is an opening "Per" whose name an apposition follows ("Per Olsen, the coach, said"; "Per Olsen, 34, said"), a
// relative clause ("Per Olsen, who coaches the squad, said") or its own verb ("Per Olsen said", "Per Olsen has warned"):
// a source set off by "per" is followed by the clause it vouches for ("Per Reuters, the talks ..."), never by a verb
const PER_OPENS_SENTENCE = /(?:^|\n|[.!?]["”’']?[ \t\u00a0])[ \t\u00a0]*$/u;
// (the relative clause only when the name's verb follows its closing comma: "Per Ada Lind, who led the audit, the
// losses were small" names a source, a person who vouches for the clause after)
const NAME_VERB = String.raw`(?:said|says|told|tells|wrote|writes|thinks|thought|has|had|is|was|will|would|\p{Ll}+ed)\b`;
const FIRST_NAME_APPOSITION = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+(?:(?:the|a|an|his|her|their|its|\d)[^,.;:!?\n]{0,40},\s+\p{Ll}|(?:who|whose)\b[^,.;:!?\n]{1,80},\s+(?:\p{Ll}+ly\s+)?${NAME_VERB})|[ \t\u00a0]+${NAME_VERB})`, 'u');
const PER_RATE = new RegExp(String.raw`^(?:(?:the|a|an)\s+)?(?:${alternation(PER_RATE_NOUNS)})s?\b`, 'i');
const COLON_BEFORE = /:[ \t]*(?:\r?\n[ \t]*){0,3}$/;
const DASH_AFTER = /^[ \t]*(—|–|--?)[ \t]*(?=\p{Lu})/u;

export function findAccordingTo(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(text); m !== null; m = ACCORDING_TO.exec(text)) {
    if (inside(m.index)) continue;
    // ("went according to plan", "vary according to age": the basis kept to, no source; according-basis.ts)
    if (basisAccordingTo(text, m.index, m.index + m[0].length)) continue;
    // the phrase itself is the lemma ("according to", "in the view of"), whatever its case
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, lemma: m[0].toLowerCase(), kind: 'according-to' });
  }
  PER.lastIndex = 0;
  for (let m = PER.exec(text); m !== null; m = PER.exec(text)) {
    const end = m.index + 3;
    if (inside(m.index) || !PER_OPENS.test(text.slice(Math.max(0, m.index - 3), m.index)) || PER_RATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const opensSentence = PER_OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (m[0][0] === 'P' && (!opensSentence || FIRST_NAME_APPOSITION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 90)))) continue;
    // (after a comma only where the source closes the sentence: "Half the grant, per the rules, goes to schools" is an aside
    // inside one clause, whose content is no phrase before it)
    if (/,[ \t\u00a0]*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && !PER_CLOSES.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    out.push({ text: text.slice(m.index, end), start: m.index, end, lemma: 'per', kind: 'according-to' });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

export function findColonsAndDashes(text: string, spans: QuoteSpan[]): Cue[] {
  const out: Cue[] = [];
  for (const q of spans) {
    if (q.depth !== 0 || q.role !== 'speech') continue;
    const before = text.slice(Math.max(0, q.open - 12), q.open);
    const colon = COLON_BEFORE.exec(before);
    if (colon !== null) {
      const at = q.open - before.length + colon.index;
      out.push({ text: ':', start: at, end: at + 1, lemma: ':', kind: 'colon' });
    }
    const dash = DASH_AFTER.exec(text.slice(q.close, q.close + 8));
    if (dash !== null && dash[1] !== undefined) {
      const at = q.close + dash[0].indexOf(dash[1]);
      out.push({ text: dash[1], start: at, end: at + dash[1].length, lemma: 'dash', kind: 'dash' });
    }
  }
  return out;
}
