// Past-tense forms that do not end in -ed, for patterns that must see a finite lexical verb (a clause) where a
// regular "-ed" test would miss it: "told reporters the company lost money" has a reported clause after the
// listener as much as "told reporters the company cut jobs" or "... planned cuts".

/** Irregular simple pasts common in news copy (verbs of having, moving, deciding, dealing, winning and losing). */
export const IRREGULAR_PASTS: readonly string[] = [
  'said', 'told', 'thought', 'knew', 'felt', 'meant', 'understood',
  'made', 'took', 'gave', 'got', 'kept', 'left', 'held', 'put', 'set', 'let', 'cut', 'shut', 'quit', 'hit',
  'lost', 'won', 'paid', 'spent', 'sold', 'bought', 'sent', 'brought', 'built', 'found', 'saw', 'met', 'led',
  'ran', 'came', 'went', 'became', 'began', 'fell', 'rose', 'grew', 'stood', 'broke', 'struck', 'fought',
  'sought', 'caught', 'taught', 'chose', 'drew', 'wrote', 'spoke', 'stole', 'hid',
];

/** The same, for look-ups of one word. */
export const IRREGULAR_PAST_SET: ReadonlySet<string> = new Set(IRREGULAR_PASTS);

/** The irregular pasts that are deeds, not saying or knowing: after a comma, "..., left the hall" is a main clause's predicate,
 *  where "..., said a spokesman" opens an inverted frame. */
const SAYING_OR_KNOWING = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'knew', 'felt', 'meant', 'understood']);
export const ACTION_PASTS: readonly string[] = IRREGULAR_PASTS.filter((w) => !SAYING_OR_KNOWING.has(w));

/** Verbs whose simple past is their bare form and which compromise's lexicon knows only as nouns ("set", "cut", "bid"):
 *  after a body's or person's noun they are mostly the verb ("The council set up a fund", "The firm cut its forecast"),
 *  which mentions/description-words.ts tells from a compound ("the union bid for the port") by the word after them. */
export const UNINFLECTED_PASTS: ReadonlySet<string> = new Set([
  'set', 'cut', 'hit', 'put', 'shut', 'let', 'quit', 'bid', 'cast', 'spread', 'split', 'cost', 'shed', 'forecast', 'beat',
]);

/** A past participle by its ending, as a regex piece ("reviewed", "taken", "shown", and the short "led" and "seen"): the
 *  rules that read a passive or a participle aside ("The report, seen by the Courier, ...") share this one shape. */
export const PAST_PARTICIPLE = String.raw`\p{Ll}+(?:ed|en|wn)`;

/** A past participle with its "by" agent ("led by", "conducted by"): what was done to the noun before it, and by whom. */
export const PARTICIPLE_BY = String.raw`${PAST_PARTICIPLE}\s+by\b`;
