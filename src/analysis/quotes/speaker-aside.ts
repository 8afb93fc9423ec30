// A subject phrase that is an aside ("Ann Lee, who had met Bo Chan on Monday, said", "Ann Lee, leading in the
// polls, said"): the speaker is the mention before the aside, not one inside it.
import type { Resolved } from '../state.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { cueAfter } from './speaker-voice.js';
import { isDocumentHead, isGroupNoun } from '../mentions/words.js';
import { fromMention, mentionsIn, NO_SPEAKER, NOT_A_SPEAKER, type SpeakerFields } from './speaker-fields.js';

// a relative pronoun opening an aside right before the phrase ("X, who had met Y, said")
const ASIDE_OPENER = /(?:^|[^\p{L}])(who|which)\s+$/iu;
// a group named right after the pronoun, perhaps with a determiner: the relative clause's own subject ("a builder who
// inspectors say ignored the rules", "the men who workers say attacked them"), no aside; no modifier, as a word there
// may be the clause's verb ("parents who help teachers said")
const OWN_GROUP = /^(?:(?:the|his|her|its|their|our|my|many|some|most|several|other)\s+)?(\p{Ll}[\p{L}-]*)\s*$/u;
// a possessive relative opening the phrase ("X, whose family ...,")
const WHOSE_OPENER = /^\s*whose\s/i;
// a participle opening the phrase ("X, leading in the polls, said"): a clause, not a subject
const PARTICIPLE_OPENER = /^\p{Ll}+ing\b/u;

// "Sen. Ann Roe of Ohio, a Liberal who ...": a place and an apposition between a name and its relative clause
const APPOSITION_GAP = /^(?:\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?\s*,\s*([^,;:()]{1,60}?)\s*$/u;
const PLACE_GAP = /^\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*$/u;

/** Whether [from, to) between a name and what follows is a place ("of Ohio") and/or an apposition (", a Republican"). */
export function appositionBetween(text: string, from: number, to: number): boolean {
  if (to - from > 90) return false;
  if (PLACE_GAP.test(text.slice(from, to))) return true;
  const m = APPOSITION_GAP.exec(text.slice(from, to));
  const np = m?.[1];
  if (np === undefined) return false;
  const at = to - text.slice(from, to).length + (m?.index ?? 0) + (m?.[0].lastIndexOf(np) ?? 0);
  return nounPhrase(text, at, at + np.length) !== null;
}

/**
 * When the words before a cue are an aside ("Ann Lee, who had met Bo Chan on Monday, said", "Ann Lee,
 * leading in the polls, said"), the subject is the mention before the aside, not one inside it. The
 * mention runs to the relative pronoun: annotated corpora mark either as the source. Null: no aside;
 * NO_SPEAKER: an aside with no mention before it.
 */
export function asideSubject(s: Resolved, start: number, end: number, rule: string): SpeakerFields | undefined {
  const text = s.doc.text;
  const lead = text.slice(Math.max(0, start - 12), start);
  const direct = ASIDE_OPENER.exec(lead);
  let relStart: number;
  let relWord = '';
  let possessive = false;
  const ownGroup = OWN_GROUP.exec(text.slice(start, end))?.[1];
  if (direct !== null && mentionsIn(s, start, end)[0]?.start !== start && !(ownGroup !== undefined && isGroupNoun(ownGroup))) {
    // "X, who had met Y, said" (but "X, who he says ...", "X who inspectors say ...": the phrase opens with its own
    // subject)
    relWord = direct[1] as string;
    relStart = start - lead.length + direct.index + direct[0].indexOf(relWord);
  } else if (PARTICIPLE_OPENER.test(text.slice(start, start + 30)) && /,\s*$/.test(lead)) {
    relStart = start;
  } else if (WHOSE_OPENER.test(text.slice(start, start + 8)) && /,\s*$/.test(lead) && cueAfter(s, end, true) !== undefined) {
    // "Ola Berg, whose family has fished here for decades, said": the whole phrase is the aside, closed by a comma
    // before the cue; its noun ("family") is not the speaker ("X, whose lawyer said" has the cue inside: left alone)
    relStart = start + text.slice(start, start + 8).search(/\S/);
    possessive = true;
  } else if (cueAfter(s, end, true) !== undefined) {
    // "X, who has campaigned for Y since he left, said": the phrase ends an aside opened further back
    const back = text.slice(Math.max(0, start - 200), start);
    const c = back.lastIndexOf(',');
    if (c < 0 || /[.!?;:]/.test(back.slice(c))) return undefined;
    // "X, who ...", "X, a Republican who ...", "X, leading in ...", and "X, whose party more than doubled its
    // share, told": a possessive aside the rules cut inside (at "its share"), whose words name nobody who speaks
    const open = /^\s*(?:(?:a|an|the)\s[^,;:]{1,40}?\s)?(who|which)\b|^\s*(\p{Ll}+ing)\b|^\s*(whose)\s/u.exec(back.slice(c + 1));
    const word = open?.[1] ?? open?.[2] ?? open?.[3];
    if (open === null || word === undefined || /^according$/i.test(word)) return undefined;
    relStart = start - back.length + c + 1 + open[0].lastIndexOf(word);
    possessive = open[3] !== undefined;
    if (open[1] !== undefined) {
      relWord = word;
      // the antecedent stands before the comma, the apposition after it
      if (open[0].trim() !== word) relStart = start - back.length + c;
    }
  } else return undefined;
  const participle = relWord === '' && !possessive;
  // the comma that opens the aside: right before the relative pronoun or the participle ("X, leading")
  const head = text.slice(Math.max(0, relStart - 3), relStart);
  const comma = /,\s*$/.test(head) ? relStart - head.length + head.lastIndexOf(',') : relStart;
  const before = mentionsIn(s, Math.max(0, comma - 150), comma).pop();
  if (before === undefined || !(/^\s*$/.test(text.slice(before.end, comma)) || appositionBetween(text, before.end, comma)) || NOT_A_SPEAKER.test(before.text)) return participle || possessive ? NO_SPEAKER : undefined;
  const f = fromMention(s, before, `${rule}:aside`);
  const relEnd = relWord === '' ? before.end : text.indexOf(relWord, relStart) + relWord.length;
  const to = participle ? before.end : relEnd;
  return { ...f, speakerMention: { text: text.slice(before.start, to), start: before.start, end: to } };
}

// a sentence opening with a determiner, at most three words and a noun before a comma
const DOCUMENT_OPENING = /^\s*(?:the|a|an|this|that|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+),/iu;

/**
 * "The exit survey, done for two regional papers, suggests ...": a document opens the sentence before an aside and
 * speaks itself (an unknown speaker, the document's phrase its mention), not a body named inside the aside.
 * Null when the sentence from `from` opens with no document's phrase and a comma.
 */
export function documentBeforeAside(text: string, from: number, at: number): SpeakerFields | null {
  const doc = DOCUMENT_OPENING.exec(text.slice(from, Math.min(at, from + 60)));
  if (doc === null || !isDocumentHead(doc[1]!.toLowerCase())) return null;
  const start = from + doc[0].search(/\S/);
  const end = from + doc[0].length - 1;
  return { ...NO_SPEAKER, speakerMention: { text: text.slice(start, end), start, end }, speakerRule: 'document-subject' };
}
