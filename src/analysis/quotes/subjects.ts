// Speakers found without a subject right before the cue: the subject of the sentence ("He scolded
// X, mocked Y") and the antecedent of a relative pronoun ("Ann Lee, who says ...").
import type { Ctx } from './cue-context.js';
import { stripAux } from './positions.js';
import { fromMention, mentionsIn, type SpeakerFields } from './speaker.js';

/** The first naming mention of the sentence before `at`, outside quotes: the subject of its main clause. */
export function sentenceSubject(ctx: Ctx, at: number): SpeakerFields | null {
  const m = mentionsIn(ctx.s, ctx.sentence.start, at).find((x) => x.kind !== 'description' && ctx.speech.containing(x.start) === undefined)
    ?? mentionsIn(ctx.s, ctx.sentence.start, at).find((x) => ctx.speech.containing(x.start) === undefined);
  return m !== undefined ? fromMention(ctx.s, m, 'sentence-subject') : null;
}

const RELATIVE = /(?:^|\s)(who|which|that)\s*$|(?:^|\s)(who|which)\s+(?:[\p{L}\p{N}]+\s+){1,4}$/iu;

/** "Ann Lee and Bo Chan, who say ...": the relative pronoun's antecedent, joined to it as the mention. */
export function relativeSubject(ctx: Ctx, cueStart: number): SpeakerFields | null {
  const text = ctx.s.doc.text;
  const end = stripAux(text, ctx.sentence.start, cueStart);
  const lead = text.slice(Math.max(ctx.sentence.start, end - 40), end);
  const rel = RELATIVE.exec(lead);
  const word = rel?.[1] ?? rel?.[2];
  if (rel === null || word === undefined) return null;
  const relStart = end - lead.length + rel.index + rel[0].indexOf(word);
  const relEnd = relStart + word.length;
  // the antecedent ends right before ", who" (a comma at most between)
  const before = mentionsIn(ctx.s, Math.max(ctx.sentence.start, relStart - 120), relStart).pop();
  if (before === undefined || !/^\s*,?\s*$/.test(text.slice(before.end, relStart))) return null;
  const f = fromMention(ctx.s, before, 'relative-antecedent');
  return { ...f, speakerMention: { text: text.slice(before.start, relEnd), start: before.start, end: relEnd } };
}
