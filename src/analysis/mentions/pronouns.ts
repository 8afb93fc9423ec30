// Step 4: pronouns, with gender and number. "US" and "IT" in capitals are not pronouns; relative "who"/"which"
// count only after a comma or a name ("Jane Roe, who chairs the panel, said"), where they stand for the name before.
import { adjacent, type Token } from './tokens.js';
import type { Candidate } from './candidate.js';
import { POSSESSIVE_DETERMINERS, PRONOUNS } from '../../lexicon/pronouns.js';

/** Token i is a capitalised possessive inside a sentence, between two capitalised words ("Save Our Pool", "Friends
 *  Of Your Park"): a word of a name written in title case, no pronoun of the sentence. */
export function titleCasePossessive(text: string, tokens: Token[], i: number): boolean {
  const [prev, t, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  return t.cap && !t.allCaps && !t.sentenceStart && POSSESSIVE_DETERMINERS.has(t.lower) && prev !== undefined && next !== undefined
    && prev.cap && next.cap && adjacent(text, prev, t) && adjacent(text, t, next);
}

export function findPronouns(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const info = t.word ? PRONOUNS.get(t.lower) : undefined;
    if (!info) continue;
    if (t.allCaps && t.text !== 'I') continue;
    if (t.lower === 'i' && t.text[0] !== 'I') continue;
    if (titleCasePossessive(text, tokens, i)) continue;
    // "which" only after a comma or a name ("the Police Department which said"); "who" always names a person
    if (info.relative && t.lower === 'which' && !(tokens[i - 1]?.text === ',' || tokens[i - 1]?.cap)) continue;
    // "He’s", "they’ll": the pronoun ends at the apostrophe; the contracted verb belongs to the clause (a cue
    // may start there: "He’s not saying")
    const apostrophe = t.text.search(/['’]/);
    out.push({ start: t.start, end: apostrophe > 0 ? t.start + apostrophe : t.end, kind: 'pronoun', role: null, gender: info.gender });
  }
  return out;
}
