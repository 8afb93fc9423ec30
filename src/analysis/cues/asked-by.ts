// "Asked by reporters whether he would run, the mayor said ...", "When asked by Ivo Marsh how the fares are set, ...": a
// question whose asker the participle names after "by". Annotated news counts the question as an attribution with the
// asker as its source and the question (from its wh-word or "if") as the content, as it counts "Asked whether
// ..." with nobody named; a topic alone ("asked by X about the fares") reports nothing, as "Asked about the fares"
// does not (quotes/verb-cue.ts). Elsewhere "asked by" is a passive describing a noun ("the questions asked by readers").
// Read by the verb gates (verb-gates.ts, participles.ts) and by the quote stage (quotes/verb-cue.ts).

// the asker (one to five words, no comma or clause word) and then the question's first word
const BY_ASKER_THEN_QUESTION = /^\s+by\s+(?:(?!(?:whether|if|about|why|how|what|when|who|which|that|and|to)\b)[\p{L}\p{N}.’'-]+\s+){1,5}?(?=(?:whether|if|why|how|what|when|who|which)\b)/u;
// "Asked" opening the sentence (after an opening mark), or "asked" after a subordinator ("When asked", "after being asked")
const QUESTION_LEAD = /(?:^|[.!?]["”’']?\s+|\n|["“‘]|\b(?:[Ww]hen|[Ii]f|[Aa]fter|[Oo]nce|[Aa]s|[Ww]hile|[Uu]pon|[Bb]efore|[Uu]ntil)\s+(?:being\s+)?)$/;

/** Where the question after "asked by ASKER" starts, counted from the end of "asked" at `end`, or -1. */
export function askedByQuestion(text: string, start: number, end: number): number {
  if (!/^asked$/i.test(text.slice(start, end)) || !QUESTION_LEAD.test(text.slice(Math.max(0, start - 16), start))) return -1;
  const m = BY_ASKER_THEN_QUESTION.exec(text.slice(end, end + 80));
  return m === null ? -1 : end + m[0].length;
}
