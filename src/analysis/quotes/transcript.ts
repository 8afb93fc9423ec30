// Interview and broadcast transcripts: a paragraph that opens with a speaker label ("A: ...", "Strand: ...",
// "MINISTER ODA FENN: ...", "ODA FENN (MINISTER): ...") is that speaker's verbatim speech, though it has
// no quotation marks. A whole Q&A article otherwise yields no quote for the person interviewed.
// A label is only a speaker label when it names someone, in a document that reads as a transcript:
// questions ("Q:") and answers, or two speakers at least one of whom speaks more than once. "Outlook: ..."
// in a press release, "Opinion: ..." over an op-ed or "Price: ..." in a fact box is no transcript. The interviewer's "Q:" turns are the
// publication's questions, not a quote. Each paragraph is read once at its start (a bounded window).
import type { Resolved } from '../state.js';
import type { Cue, Mention } from '../../types.js';
import type { Draft } from './draft.js';
import { fromMention, mentionsIn, NO_SPEAKER, speakerIn, type SpeakerFields } from './speaker.js';
import { firstNotBefore } from '../sorted.js';
import { labelSpeaker, peopleBySurname, recurringCapitalLabels } from './transcript-labels.js';
import { quotedAfterCue } from './transcript-quoted.js';

// "Q:" / "A." (the Q. A. style needs a capital after it: "A. Lee" would be an initial otherwise);
// a name or role in capitals or title case, up to five words, perhaps with a role in brackets
const LABEL = /^(?:([QA])(?::[ \t]*|\.[ \t]+(?=\p{Lu}))|(\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,4})(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*)(?=\S)/u;
const QUESTION_LABELS = new Set(['Q', 'QUESTION', 'INTERVIEWER']);
const SPEAKER_KINDS = new Set<Mention['kind']>(['name', 'title-name', 'organization', 'group', 'description']);

// a paragraph of running speech ends like a sentence; a heading does not
const ENDS_SENTENCE = /[.!?…”"'’)]$/;

function paragraphEnding(s: Resolved, i: number): string {
  const p = s.paragraphs[i];
  return p !== undefined ? s.doc.text.slice(Math.max(p.start, p.end - 4), p.end) : '';
}

interface Turn {
  paragraph: number;
  /** The label as written, upper-cased, brackets dropped ("ODA FENN"), and where it is. */
  key: string;
  labelStart: number;
  labelEnd: number;
  colon: number;
  contentStart: number;
}

function labelledParagraphs(s: Resolved): Turn[] {
  const text = s.doc.text;
  const out: Turn[] = [];
  s.paragraphs.forEach((p, paragraph) => {
    const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 90)));
    if (m === null || p.start + m[0].length >= p.end) return;
    const label = m[1] ?? m[2] ?? '';
    const colonAt = m[0].indexOf(':', label.length);
    const colon = p.start + (colonAt >= 0 ? colonAt : label.length);
    out.push({ paragraph, key: label.toUpperCase(), labelStart: p.start, labelEnd: p.start + label.length, colon, contentStart: p.start + m[0].length });
  });
  return out;
}

/**
 * Whether a label names a speaker: a mention in it of someone named in full, or of anyone if the label is
 * in capitals or the document has questions ("Q:") for it to answer.
 */
function namesSpeaker(s: Resolved, t: Turn, afterQuestions: boolean): boolean {
  const capitals = !/\p{Ll}/u.test(s.doc.text.slice(t.labelStart, t.labelEnd));
  return mentionsIn(s, t.labelStart, t.labelEnd).some((m) => SPEAKER_KINDS.has(m.kind)
    && (capitals || afterQuestions || (m.entity !== null && (s.entities[m.entity]?.name ?? '').includes(' '))));
}

/** The person interviewed in a Q&A: the person named most often before the first turn (first on a tie). */
function interviewee(s: Resolved, before: number): SpeakerFields {
  const counts = new Map<number, { n: number; m: Mention }>();
  for (const m of mentionsIn(s, 0, before)) {
    if (m.entity === null || (m.kind !== 'name' && m.kind !== 'title-name') || s.entities[m.entity]?.kind !== 'person') continue;
    const c = counts.get(m.entity);
    if (c === undefined) counts.set(m.entity, { n: 1, m });
    else c.n++;
  }
  let best: { n: number; m: Mention } | undefined;
  for (const c of counts.values()) if (best === undefined || c.n > best.n) best = c;
  return best !== undefined ? fromMention(s, best.m, 'interviewee') : NO_SPEAKER;
}

/** One draft per answer turn of a transcript, from after its label to the end of the turn. */
function transcriptTurns(s: Resolved): Draft[] {
  const all = labelledParagraphs(s);
  // a speaker label names someone: a person or body the document names in full ("Strand:" for Halvard
  // Strand), or a label in capitals that the mentions read as a speaker ("HOST KARA WELLS:"); a later
  // label with the same last word is the same speaker ("WELLS:"). "Outlook:", "Price:", "UPDATE:" are not.
  const speakerKey = (t: Turn): string => t.key.slice(t.key.lastIndexOf(' ') + 1);
  const asked = all.some((t) => QUESTION_LABELS.has(t.key));
  const named = new Set<string>();
  for (const t of all) if (namesSpeaker(s, t, asked)) named.add(speakerKey(t));
  // ("HARROWGATE:" twice beside a label that does name someone, though the mentions read no name in
  // it: transcript-labels.ts; a fact box in capitals, "PRICE:" and "WEIGHT:", names no one)
  const capitals = (t: Turn): boolean => !/\p{Ll}/u.test(s.doc.text.slice(t.labelStart, t.labelEnd));
  const surnames = peopleBySurname(s);
  // (in a Q&A, "VELL:" twice answers the questions when the intro names a person with that last name,
  // though the mentions read no name in the label; "PRICE:" twice beside a "Q:" names no one)
  const someoneNamed = named.size > 0;
  for (const key of recurringCapitalLabels(all.filter(capitals).map((t) => t.key))) {
    if (someoneNamed || (asked && surnames.has(key))) named.add(key.slice(key.lastIndexOf(' ') + 1));
  }
  const turns = all.filter((t) => QUESTION_LABELS.has(t.key) || t.key === 'A' || named.has(speakerKey(t)));
  const answers = turns.filter((t) => !QUESTION_LABELS.has(t.key));
  const perSpeaker = new Map<string, number>();
  for (const t of answers) perSpeaker.set(speakerKey(t), (perSpeaker.get(speakerKey(t)) ?? 0) + 1);
  // questions and answers; or two speakers, one of whom speaks more than once
  const questions = turns.length > answers.length;
  const transcript = answers.length > 0 && (questions || (perSpeaker.size >= 2 && [...perSpeaker.values()].some((n) => n >= 2)));
  if (!transcript) return [];
  const first = turns[0];
  const answerer = first !== undefined && answers.some((t) => t.key === 'A') ? interviewee(s, first.labelStart) : NO_SPEAKER;
  // a one-word label that is the last word of an earlier label is the same speaker ("FENN" after "ODA FENN")
  const bySurname = new Map<string, SpeakerFields>();
  const out: Draft[] = [];
  turns.forEach((t, k) => {
    if (QUESTION_LABELS.has(t.key)) return;
    // the turn runs over unlabelled paragraphs up to the next turn (not past the last turn: an epilogue),
    // but not into a heading (a line without a sentence end)
    const next = turns[k + 1];
    let lastPara = t.paragraph;
    while (next !== undefined && lastPara + 1 < next.paragraph && ENDS_SENTENCE.test(paragraphEnding(s, lastPara + 1))) lastPara++;
    const end = s.paragraphs[lastPara]?.end ?? t.contentStart;
    let who: SpeakerFields;
    if (t.key === 'A') who = { ...answerer, speakerRule: answerer.speakerMention !== null ? 'interviewee' : null };
    else {
      let said = speakerIn(s, t.labelStart, t.labelEnd, 'transcript-label');
      // a surname label in capitals with no person read in it ("LUNN:" for Ada Lunn, not a body "LUNN")
      if (capitals(t) && !t.key.includes(' ') && (said.speaker === null || said.speakerKind !== 'person')) {
        const label = { text: s.doc.text.slice(t.labelStart, t.labelEnd), start: t.labelStart, end: t.labelEnd };
        const person = surnames.get(t.key);
        if (person !== undefined || said.speaker === null) said = labelSpeaker(s, label, person);
      }
      const earlier = t.key.includes(' ') ? undefined : bySurname.get(t.key);
      who = earlier !== undefined && (said.speaker === null || said.speakerKind !== 'person')
        ? { ...earlier, speakerMention: said.speakerMention ?? earlier.speakerMention, speakerRule: 'transcript-label' }
        : said;
      if (t.key.includes(' ') && who.speaker !== null && !bySurname.has(speakerKey(t))) bySurname.set(speakerKey(t), who);
    }
    const cue: Cue = { text: s.doc.text.slice(t.colon, t.colon + 1), start: t.colon, end: t.colon + 1, lemma: ':', kind: 'colon' };
    out.push({ start: t.contentStart, end, cue, who, rule: 'transcript-turn', sentence: -1 });
  });
  return out;
}

/** The drafts with the transcript's turns added; a cue inside a turn is its speaker's nested speech, left to the turn,
 *  but for a quote in marks framed by its own verb ("told me, “...”", transcript-quoted.ts). */
export function withTranscriptTurns(s: Resolved, drafts: Draft[]): Draft[] {
  const turns = transcriptTurns(s);
  if (turns.length === 0) return [...drafts];
  const inTurn = (at: number): boolean => (turns[firstNotBefore(turns, (t) => t.end <= at)]?.start ?? Infinity) <= at;
  const spans = s.quoteSpans.filter((q) => q.depth === 0 && q.role === 'speech');
  return [...drafts.filter((d) => d.cue === null || !inTurn(d.cue.start) || quotedAfterCue(s.doc.text, d, spans)), ...turns];
}
