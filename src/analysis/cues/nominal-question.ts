// An open question the writer reports: "The question now is whether the council will act", "One big question
// was how the fund would pay". Annotated news counts such a question as an attribution (to nobody named, or
// to the possessor: "Her question was why the bus was late"); the copula is in the cue, the wh-clause after it
// is the content (quotes/nominal-question.ts). One linear pass finds "question" with its copula; a bounded
// look at the 50 characters before it adds the modifiers that the cue draws with it.
import type { Cue } from '../../types.js';

// "question", perhaps a short relative ("that has emerged"), perhaps "now" or "still", a copula, perhaps an
// adverb or "not", and a wh-word opening the clause (not "is that": "the question is that old" is no question
// asked; not plural: "questions were what they feared" is rare and often no report)
const QUESTION = /\bquestion\s+(?:(?:that|which)\s+(?:has|had|have)\s+(?:emerged|arisen|surfaced)\s+)?(?:(?:now|still)\s+)?(?:is|was|remains)(?:\s+(?:now|still|not|simply|really))?(?=\s+(?:whether|what|how|why|who|when|where|which)\b)/g;
// what stands before the noun: at most three modifiers after an article or a possessor ("The only real", "One
// lurking", "her main"), none a preposition or a conjunction
const MODIFIERS = String.raw`(?:(?!(?:of|to|for|from|by|with|in|on|at|about|and|or)\s)[\p{Ll}-]+\s+){0,3}`;
// an article opens the cue, as annotated news draws it ("The only real question now is"); not after a
// preposition ("the answer to the question is what matters": the question is no subject there)
const ARTICLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’])(?<!\b(?:to|of|on|about|over|for|with|by|at|in|into|from)\s+)((?:[Tt]he|[Oo]ne|[Aa]n?|[Tt]his|[Tt]hat)\s+${MODIFIERS})$`, 'u');
// a possessor stays out of the cue, as for "her latest claim that": the quote stage reads it as the source
const POSSESSOR_BEFORE = new RegExp(String.raw`(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|\p{L}['’]s)\s+(${MODIFIERS})$`, 'u');

export function findQuestionCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  QUESTION.lastIndex = 0;
  for (let m = QUESTION.exec(text); m !== null; m = QUESTION.exec(text)) {
    if (inside(m.index)) continue;
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    const opening = (ARTICLE_BEFORE.exec(before) ?? POSSESSOR_BEFORE.exec(before))?.[1];
    if (opening === undefined) continue;
    const start = m.index - opening.length;
    const end = m.index + m[0].length;
    out.push({ text: text.slice(start, end), start, end, lemma: 'question', kind: 'noun' });
  }
  return out;
}
