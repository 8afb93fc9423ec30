// A verb of causing a feeling, active, with the feeler as its object ("The ruling surprised legal experts", "the delays
// have angered commuters"): the feeler holds a view of the subject, so the subject is the content and the object the
// source. Only a thing as subject: a person or a side that surprised, frustrated or impressed someone did something
// ("Rovers frustrated the hosts", "she impressed the judges").
import type { Draft } from './draft.js';
import type { Ctx } from './cue-context.js';
import type { VerbReading } from './verb-cue.js';
import { stripAux } from './positions.js';
import { fromMention, mentionsIn } from './speaker.js';
import { CAUSED_FEELING_LEMMAS } from '../../lexicon/caused-feelings.js';
import { FEELER_AFTER } from '../cues/caused-feeling-frame.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';

// lower-case modifiers only between the form and the feeler's mention ("alarmed dairy farmers", "angered many local
// traders")
const MODIFIERS_ONLY = /^\s*(?:(?!(?:of|in|on|at|for|to|with|by|from|about|over|the|a|an|that|and|or)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
// a cue that took its particle ("worried about", "worries of") reads a topic, not a feeler
const PARTICLE_END = /\s(?:about|of|over|at|by|that|for|with|on|in|to)$/i;
// a subject that is a pronoun (lexicon SUBJECT_PRONOUNS, a demonstrative, "there") or a relative leaves its thing unnamed here
const PRONOUN_SUBJECT = new RegExp(`^(?:${alternation([...SUBJECT_PRONOUNS, 'this', 'that', 'which', 'who', 'what', 'there'])})$`, 'i');

/**
 * The draft of a caused feeling, null when the cue reports nothing, or undefined when the lemma is no such verb.
 */
export function causedFeeling(ctx: Ctx, r: VerbReading): Draft | null | undefined {
  const { cue, subj } = r;
  if (!CAUSED_FEELING_LEMMAS.has(cue.lemma) || PARTICLE_END.test(cue.text)) return undefined;
  const { s, sentence } = ctx;
  const text = s.doc.text;
  if (!FEELER_AFTER.test(text.slice(cue.end, cue.end + 24))) return null;
  const m = mentionsIn(s, cue.end, Math.min(sentence.end, cue.end + 80))[0];
  const feeler = m !== undefined && m.start - cue.end <= 30 && MODIFIERS_ONLY.test(text.slice(cue.end, m.start)) ? m : undefined;
  if (feeler === undefined || feeler.kind === 'pronoun' && /^(?:it|its|this)$/i.test(feeler.text)) return null;
  // (a subject across a comma is a clause's before a participle: "The deal splits the coalition, angering the Greens")
  if (subj === null || PRONOUN_SUBJECT.test(text.slice(subj.start, subj.end).trim()) || /[,;:—–]/.test(text.slice(subj.end, cue.start))) return null;
  // ("The union's criticism of the deal angered the board": a cue inside the subject has the subject read from after it;
  // the record of that cue stands, and this one is left out rather than cut short)
  const { prevCue } = r;
  if (prevCue !== undefined && prevCue.end <= cue.start && prevCue.start >= sentence.start && !/[,;:—–]/.test(text.slice(prevCue.end, cue.start))) return null;
  // (a subject headed by someone: a name, a side, a description of a person; a thing's description, "the ruling", is no one)
  const head = mentionsIn(s, subj.start, subj.end)[0];
  const someone = head !== undefined && !(head.kind === 'description' && head.gender === 'neuter');
  if (someone && /^(?:(?:the|a|an)\s+)?$/i.test(text.slice(subj.start, head.start))) return null;
  const end = stripAux(text, subj.start, cue.start);
  return { start: subj.start, end, cue, who: fromMention(s, feeler, 'feeler-object'), rule: 'caused-feeling', sentence: ctx.index };
}
