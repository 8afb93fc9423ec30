// A view that "there is" reports, held by nobody named: "There is growing concern that the dam could fail", "There's
// broad agreement that the port needs dredging", "There is now little doubt that she will run", "There are fears among
// growers that prices will fall". Annotated news counts the clause after "that" as an attribution with no source (or
// with the holders after "among": quotes/noun-cue.ts); the words between "there is" and "that" are the cue, read as an
// unheld noun's (nominal-unheld.ts). One linear regex pass.
import type { Cue } from '../../types.js';
import { EXISTENTIAL_VIEW_NOUNS, UNHELD_CLAUSE_NOUNS } from '../../lexicon/unheld-report-nouns.js';
import { alternation } from '../alternation.js';
import { latin1Twin } from '../latin1-twin.js';
import { AMONG_HOLDERS, VERB_OPENING_RELATIVE, clauseNounCues } from './nominal-unheld.js';

// "there" and a form of "be" (a modal, a perfect, "seems to be"), not a question's inverted "Is there"
const THERE_IS = String.raw`\b[Tt]here(?:['’]s|\s+(?:(?:is|are|was|were|remains|remain|remained)|(?:has|have|had)\s+been|(?:will|would|may|might|could|must)\s+be|(?:seems|seemed|appears|appeared)\s+to\s+be))`;
// an adverb of time or degree after "be", no word of the cue ("There is now little doubt", "There is still hope")
const ADVERB = String.raw`(?:now|still|also|already|clearly|certainly|again|even)\s+`;
// an article or a quantity ("a", "no", "little", "some", "much"), then up to two modifiers, none a preposition, a
// conjunction or a clause word ("there is talk of a strike that ..." is talk of something)
const QUANTITY = String.raw`(?:a|an|no|little|some|much|more|less|real|any)\s+`;
const MODIFIER = String.raw`(?!(?:of|to|in|on|at|for|from|with|by|as|and|or|but|that|which|who|about|over)\s)[\p{Ll}-]+\s+`;
// (a Latin-1 twin, latin1-twin.ts: on two-byte text its letter classes cost some 12 ms to compile, the twin's 1)
const EXISTENTIAL = latin1Twin(new RegExp(String.raw`${THERE_IS}\s+(?:${ADVERB})?((?:${QUANTITY})?(?:${MODIFIER}){0,2}?(?:${alternation([...UNHELD_CLAUSE_NOUNS, ...EXISTENTIAL_VIEW_NOUNS])}))(?=(?:${AMONG_HOLDERS})?\s+that\s+(?!${VERB_OPENING_RELATIVE}))`, 'gu'));

export function findExistentialCues(text: string, inside: (at: number) => boolean): Cue[] {
  // ("There was a complaint that the club lodged in March": an object relative about the noun, no clause it reports)
  return clauseNounCues(EXISTENTIAL.for(text), text, inside);
}
