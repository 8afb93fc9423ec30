// Words that decide whether the words in a speaker position make a noun phrase (someone who can speak:
// "A district court", "Exit polls", "Nearly half") or a piece of a clause the rules cut badly
// ("has been open", "debating a disputed", "There is little"). Closed classes only: open-class
// words are judged by their shape and compromise's lexicon (mentions/noun-phrase.ts).

/** Words that may open a subject without being part of it: conjunctions and focus adverbs ("And analysts said"). */
export const LEADING_SKIP: ReadonlySet<string> = new Set([
  'and', 'but', 'so', 'or', 'also', 'even', 'now', 'then', 'still', 'only', 'just', 'indeed', 'meanwhile',
  // approximators that belong to a quantity subject ("Nearly half said", "About four in 10 say")
  'nearly', 'almost', 'about', 'roughly', 'around', 'approximately', 'over', 'under',
]);

/** Determiners a noun phrase may start with (possessives and numbers are judged apart). */
export const PHRASE_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'each', 'every', 'no', 'some', 'many', 'most', 'several',
  'few', 'both', 'all', 'other', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'more', 'fewer',
]);

/**
 * Closed-class words that never head a noun phrase nor stand inside one: auxiliaries and copulas (a clause, not
 * a subject: "a memorial service was held"), prepositions and conjunctions left dangling, pronoun-like words
 * ("there", "it") that the mention stage already handles, and function adverbs.
 */
export const NEVER_IN_PHRASE: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', "n't",
  'and', 'but', 'or', 'nor', 'as', 'if', 'than', 'because', 'although', 'though', 'while', 'when', 'whether',
  'where', 'whose', 'what', 'which', 'who', 'whom', 'there', 'here', 'yet', 'too', 'very', 'together', 'instead',
  'by', 'from', 'into', 'onto', 'amid', 'among', 'aside', 'despite', 'during', 'following', 'after', 'before',
  'since', 'until', 'against', 'without', 'within', 'through', 'toward', 'towards', 'upon', 'like', 'unlike',
  'per', 'via', 'thanks', 'perhaps', 'always', 'sometimes', 'thus', 'besides', 'nevertheless', 'nonetheless', 'such', 'kind', 'sort', 'little', 'much', 'any', 'less', 'least', 'else', 'ever', 'never',
]);

/** Prepositions that may join a head to its complement inside a subject ("Six in 10 voters", "the head of the agency"). */
export const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'for', 'on', 'with', 'to']);

/** Nouns of share or quantity that head a subject on their own ("Almost half said", "a third", "61 percent"). */
export const QUANTITY_HEADS: ReadonlySet<string> = new Set([
  'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'majority', 'minority', 'plurality', 'percent',
  'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'all', 'both', 'many', 'most', 'some', 'several', 'few', 'none', 'each', 'others', 'one', 'another',
]);
