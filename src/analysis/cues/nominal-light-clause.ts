// A view put into words by a light verb and a noun of saying with its clause: "gave assurances that the pier would
// reopen", "raised concerns that the wards would be short", "made the point that the knife was never found", "raised
// the possibility that the trial could move". The noun (with its article and modifier) is the cue, read as a possessed
// clause with no possessor; the light verb's subject holds it and the clause after "that" is the content
// (quotes/noun-cue.ts). One linear regex pass. The nouns no one holds after an article ("the claim that", "the fear
// that") are nominal-unheld.ts's, whose holder the same light verb names.
import type { Cue } from '../../types.js';
import { BARE_LIGHT_CLAUSE_NOUNS, CLAUSE_LIGHT_VERBS, LIGHT_CLAUSE_NOUNS, STANCE_LIGHT_VERBS } from '../../lexicon/stance-light-verbs.js';
import { alternation } from '../alternation.js';
import { VERB_OPENING_RELATIVE, clauseNounCues } from './nominal-unheld.js';

// at most one modifier between the verb (or the article) and the noun, no preposition, conjunction or determiner
// ("raised serious concerns that", "made the crucial point that")
const MODIFIER = String.raw`(?:(?!(?:of|to|in|on|at|for|from|with|by|as|and|or|but|that|which|who|the|a|an|no|his|her|its|their)\s)[\p{Ll}-]+\s+)?`;
const VERBS = alternation([...STANCE_LIGHT_VERBS, ...CLAUSE_LIGHT_VERBS]);
// the noun after an article ("the point", "a possibility") or bare ("assurances"), then "that" opening its clause,
// not a relative with a verb right after it ("the point that was made")
// ("made the case that", after "make" only: the case of an argument, not a box or a lawsuit given or raised)
const MADE_BEFORE = String.raw`(?<=\bma(?:ke|kes|de|king)\s+)`;
const LIGHT_CLAUSE = new RegExp(String.raw`\b(?:${VERBS})\s+((?:(?:the|a|an)\s+${MODIFIER}(?:${alternation(LIGHT_CLAUSE_NOUNS)})|${MADE_BEFORE}(?:the|a)\s+${MODIFIER}case|${MODIFIER}(?:${alternation(BARE_LIGHT_CLAUSE_NOUNS)})))(?=\s+that\s+(?!${VERB_OPENING_RELATIVE}))`, 'gu');

export function findLightClauseCues(text: string, inside: (at: number) => boolean): Cue[] {
  // ("the point that she made", "concerns that staff had raised": an object relative about the noun)
  return clauseNounCues(LIGHT_CLAUSE, text, inside);
}
