// An open question the writer reports: "The question now is whether the council will act", "One big question
// was how the fund would pay". Annotated news counts such a question as an attribution (to nobody named, or
// to the possessor: "Her question was why the bus was late"); the copula is in the cue, the wh-clause after it
// is the content (quotes/nominal-question.ts). Questions someone is asked count too ("The mayor faced tough
// questions about whether she knew"). One linear pass each finds "question" with its copula and "questions
// about" before a wh-word; a bounded look at the 50 characters before adds what the cue draws with it.
import type { Cue } from '../../types.js';
import { QUESTIONED_VERBS } from '../../lexicon/unheld-report-nouns.js';
import { POSSESSIVE_MARK } from './nominal-possessor.js';
import { alternation } from '../alternation.js';

// the words that open the clause a question asks ("whether the council will act", "how the fund would pay")
const WH_WORDS = 'whether|what|how|why|who|when|where|which';

// one pass over the text finds the noun; the two readings are tried where it stands (sticky)
const QUESTION_WORD = /\bquestion(s?)\s/g;
// "question", perhaps a short relative ("that has arisen"), perhaps "now" or "still", a copula, perhaps an
// adverb or "not", and a wh-word opening the clause (not "is that": "the question is that old" is no question
// asked; not plural: "questions were what they feared" is rare and often no report)
const COPULA = new RegExp(String.raw`question\s+(?:(?:that|which)\s+(?:has|had|have)\s+(?:emerged|arisen|surfaced)\s+)?(?:(?:now|still)\s+)?(?:is|was|remains)(?:\s+(?:now|still|not|simply|really))?(?=\s+(?:${WH_WORDS})\b)`, 'y');
// what stands before the noun: at most three modifiers after an article or a possessor ("The one open", "One
// nagging", "her main"), none a preposition or a conjunction
const modifiers = (most: number): string => String.raw`(?:(?!(?:of|to|for|from|by|with|in|on|at|about|and|or)\s)[\p{Ll}-]+\s+){0,${most}}`;
const MODIFIERS = modifiers(3);
// an article opens the cue, as annotated news draws it ("The one open question now is"); not after a
// preposition ("the answer to the question is what matters": the question is no subject there)
const ARTICLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’])(?<!\b(?:to|of|on|about|over|for|with|by|at|in|into|from)\s+)((?:[Tt]he|[Oo]ne|[Aa]n?|[Tt]his|[Tt]hat)\s+${MODIFIERS})$`, 'u');
// a possessor (nominal-possessor.ts) stays out of the cue, as for "her latest claim that": the quote stage reads
// it as the source; its modifiers, up to three as after an article, are in the cue ("Her one real question")
const POSSESSOR_BEFORE = new RegExp(String.raw`${POSSESSIVE_MARK}\s+(${MODIFIERS})$`, 'u');

// questions asked about a wh-clause ("questions about whether", "questions over how")
const ABOUT = new RegExp(String.raw`questions\s+(?:about|over|on|as\s+to)(?=\s+(?:${WH_WORDS}|if)\b)`, 'y');
// a verb of being asked (lexicon) and at most two modifiers ("fielded tough", "was pressed with pointed"),
// the modifiers drawn into the cue
const ASKED_BEFORE = new RegExp(String.raw`\b(?:${alternation(QUESTIONED_VERBS).replace(/ /g, String.raw`\s+`)})\s+(${modifiers(2)})$`, 'u');

export function findQuestionCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  QUESTION_WORD.lastIndex = 0;
  for (let w = QUESTION_WORD.exec(text); w !== null; w = QUESTION_WORD.exec(text)) {
    const at = w.index;
    const plural = w[1] === 's';
    const reading = plural ? ABOUT : COPULA;
    reading.lastIndex = at;
    const m = reading.exec(text);
    if (m === null || inside(at)) continue;
    const before = text.slice(Math.max(0, at - 50), at);
    // "The one open question now is": an article and its modifiers, or the modifiers after a possessor;
    // "faced constant questions about": the modifiers after a verb of being asked
    const opening = plural ? ASKED_BEFORE.exec(before)?.[1] : (ARTICLE_BEFORE.exec(before) ?? POSSESSOR_BEFORE.exec(before))?.[1];
    if (opening === undefined) continue;
    const start = at - opening.length;
    const end = at + m[0].length;
    out.push({ text: text.slice(start, end), start, end, lemma: plural ? 'questions' : 'question', kind: 'noun', construction: 'question' });
  }
  return out;
}
