// "according to" as "in line with" or "depending on", which names no source: "The launch went according to plan",
// "Fees vary according to income", "Pupils are sorted according to age". A verb that sets things by a basis right
// before the phrase, or a bare noun of a plan or a custom right after it (lexicon/according-basis.ts), shows that sense.
// A comma between ("Fees rose, according to the council") keeps the source reading: there the phrase is an aside.
import { BASIS_PARTICIPLES, MANNER_NOUNS, VARIATION_VERBS } from '../../lexicon/according-basis.js';
import { alternation } from '../alternation.js';

// a verb of varying, perhaps with an adverb in -ly ("vary widely according to"), or a participle of setting with none
// ("sorted according to"; "deeply divided according to a poll" is a state someone reports), right before the phrase
const BASIS_VERB_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}’'-])(?:(?:${alternation(VARIATION_VERBS)})(?:[ \t]+\p{Ll}+ly)?|(?<!\p{L}ly[ \t]+)(?:${alternation(BASIS_PARTICIPLES)}))[ \t]+$`, 'iu');
// the bare manner noun, then the clause's end or a word that goes on the clause, not the noun ("according to plan
// documents" is a document)
const MANNER_NOUN_AFTER = new RegExp(String.raw`^[ \t]+(?:${alternation(MANNER_NOUNS)})(?=\s*(?:[,.;:!?)—–]|$)|[ \t]+(?:and|but|or|so|in|on|at|for|until|since|with|as|when|while|this|last|so far|now|again|too|after|before)\b)`, 'iu');

/** Whether the "according to" at [start, end) is the basis sense ("went according to plan", "vary according to age"). */
export function basisAccordingTo(text: string, start: number, end: number): boolean {
  return BASIS_VERB_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || MANNER_NOUN_AFTER.test(text.slice(end, end + 40));
}
