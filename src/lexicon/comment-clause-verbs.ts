// Verbs that make an "as" clause a comment on the rest of the sentence ("Rents rose, as the council had
// predicted."; "The pier, as Ida Berg noted on Monday, needs repairs."): the clause vouches for what the sentence
// says, so that is the content (quotes/as-comment.ts). Lemmas, as in the speech-verb lexicon. Left out: verbs of
// an act of talking ("as she spoke, the crowd cheered", "as he testified", "as they shouted") and of asking or
// answering, whose "as" clause tells when, not who vouches; and "tell", whose object may be the listener or the thing
// told ("as he told reporters" is a comment, "as she told the story" a time).

/** Lemmas whose "as X <verb>" clause vouches for the sentence around it. */
export const COMMENT_CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'put it', 'note', 'point', 'report', 'write', 'explain', 'observe', 'remark', 'mention', 'recall',
  'recount', 'argue', 'claim', 'contend', 'insist', 'warn', 'predict', 'forecast', 'suggest', 'acknowledge',
  'concede', 'admit', 'confirm', 'reveal', 'disclose', 'announce', 'state', 'conclude', 'estimate', 'describe',
  'show', 'find',
]);
