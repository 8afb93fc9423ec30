// A participle or coordinated cue ("X said A, adding B", "X said A and promised B") continues an attribution before it
// in the sentence: which one, passing over cues nested in an earlier content, in a fronted clause, a relative clause or
// a noun. from-cues.ts asks, and gives the continuing cue that attribution's speaker.
import type { Ctx } from './cue-context.js';
import type { Draft } from './draft.js';
import { frontedClauseEnd } from './speaker-fronted.js';

/**
 * The attribution a participle or coordinated cue at `at` continues ("X said A, adding B", "X said A and
 * promised B"): the last one of the sentence that is not nested in an earlier one's content which stops
 * before `at` (in "X said Y was referring to Z, adding ..." the adding is X's, not Y's; in "(they want A
 * and suggest B)" both cues sit in the same content and the second continues the first).
 */
export function continuedDraft(drafts: Draft[], sentence: number, at: number, ctx: Ctx): Draft | undefined {
  // a cue inside a subordinate clause opening the sentence is no clause the main verb's participle continues ("When
  // asked, Ivo Berg shrugged, saying ...": the saying is Ivo Berg's, not the asking's)
  const fronted = frontedClauseEnd(ctx.s.doc.text, ctx.sentence.start, at);
  const inFronted = (d: Draft | undefined): boolean => fronted >= 0 && d?.cue !== null && d?.cue !== undefined && d.cue.end <= fronted;
  // "Ana Ruiz attacked the clubs, who had complained about her, vowing to appeal": a relative clause is no clause a
  // participle after it continues (the vowing is Ana Ruiz's); a relative clause's draft is passed over like a noun's
  const relative = (d: Draft): boolean => d.who.speakerRule?.startsWith('relative-') === true;
  // with no draft of the sentence free, the last draft that is no noun cue (a noun cue is no clause a verb continues)
  const tail = drafts[drafts.length - 1];
  let last = tail?.cue?.kind === 'noun' || inFronted(tail) || (tail !== undefined && relative(tail)) ? undefined : tail;
  for (let i = drafts.length - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const d = drafts[i] as Draft;
    if (d.sentence !== sentence) break;
    const cue = d.cue;
    // a noun cue is no clause a verb continues: in "Both parents renewed their criticism of X, saying ..." the
    // saying is the sentence subject's, not the noun's possessor ("their")
    if (cue?.kind === 'noun' || inFronted(d) || relative(d)) continue;
    last ??= d;
    let nested = false;
    for (let j = i - 1, m = 0; j >= 0 && m < 8 && !nested; j--, m++) {
      const o = drafts[j] as Draft;
      if (o.sentence !== sentence) break;
      nested = cue !== null && cue.start >= o.start && cue.end <= o.end && !(at >= o.start && at < o.end);
    }
    if (!nested) return d;
  }
  return last;
}
