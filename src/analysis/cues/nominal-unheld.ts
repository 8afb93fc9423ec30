// A noun of believing or telling that no one holds by name: "the hope that the talks resume", "a tacit admission
// that the plan failed", "amid the widespread belief that fares will rise", and with no article after a preposition,
// "fell amid fears that the mill would close", "following reports that the pair had fled". The article, its modifiers and the noun
// are the cue (annotated news draws them so), the clause after "that" the content (quotes/noun-cue.ts, read as a
// possessed clause with no possessor), the source nobody, or the holders named after "among" ("the feeling among
// growers that ..."). Only where an object stands: the noun phrase that opens its sentence is the writer's subject.
// A possessed noun ("her hope that") is nouns.ts's; "There is growing concern that" is nominal-existential.ts's. Two
// linear regex passes.
import type { Cue } from '../../types.js';
import { BARE_NEWS_NOUNS, UNHELD_CLAUSE_NOUNS, UNHELD_NOUN_PREPOSITIONS, UNHELD_NOUN_TAKING_PASTS } from '../../lexicon/unheld-report-nouns.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { alternation, firstLetters } from '../alternation.js';
import { VERB_LIKE_UNHELD_NOUNS, insidePostmodifiedSubject } from './subject-postmodifier.js';
import { latin1Twin } from '../latin1-twin.js';

// up to two modifiers between the article and the noun ("a tacit", "the growing public"), none a preposition, a
// conjunction or a relative ("the view of voters that" is no view's clause)
const MODIFIER = String.raw`(?!(?:of|to|in|on|at|for|from|with|by|as|and|or|but|that|which|who)\s)[\p{Ll}-]+\s+`;
// "that" opening a relative clause instead: a verb right after it ("the hope that kept her going", "the claim that
// was rejected", "the fear that gripped the town"); a present form in -s before a determiner or a number ("a warning
// that sounds every hour", "an assumption that underpins most models"; a plural subject rarely stands so) or a verb
// of lasting or seeming ("a hope that remains slim", "a belief that runs deep")
const PRESENT_BEFORE_OBJECT = String.raw`(?!(?:its|his|this|thus|us|as|yes)\s)\p{Ll}+s(?=\s+(?:the|a|an|his|her|their|its|our|every|each|most|many|some|all|much|\d))`;
export const VERB_OPENING_RELATIVE = String.raw`(?:is|was|were|are|has|have|had|will|would|could|can|may|might|should|must|does|did|do|seems|seemed|remains|persists|lingers|lies|runs|stands|exists|appears|looks|\p{Ll}+ed|${alternation(IRREGULAR_PASTS)}|${PRESENT_BEFORE_OBJECT})\b`;
// where a subject stands: the sentence's start, perhaps after a conjunction that opens it ("But the argument that"),
// or a semicolon
const SUBJECT_OPENING = /(?:^|[.!?]["”’']?\s+|\n|;\s*)(?:(?:But|And|Yet|So)\s+)?$/u;
// "that" opening an object relative instead: a short subject and a verb that takes the noun, with no object after it
// ("a claim that the insurer rejected in March", "the concerns that residents had raised."); "the claim that the
// insurer rejected the bid" reports a clause
const OBJECT_RELATIVE = new RegExp(String.raw`^\s+that\s+(?:he|she|they|we|I|it|you|(?:(?:the|a|an|his|her|their|its|our|some|many|these|those)\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?)\s+(?:(?:had|has|have|was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:\p{Ll}+ly\s+)?(?:${alternation(UNHELD_NOUN_TAKING_PASTS)})(?=\s*(?:[.,;:!?)”"]|$)|\s+(?:in|on|at|after|before|during|with|to|from|over|last|this|earlier|yesterday|against|about|for|through|into|until|since|when|while|because|and|but)\b)`, 'u');
// the holders named after the noun, "the feeling among many growers that": "among" and up to five words, no clause
// word or mark among them (quotes/noun-cue.ts reads them as the source); the group's own relative ("among voters that
// ...") has a verb after "that", which VERB_OPENING_RELATIVE refuses
export const AMONG_HOLDERS = String.raw`\s+among\s+(?:(?!(?:that|who|which|whom)\b)[\p{L}\p{N}.'’-]+\s+){0,4}?(?!(?:that|who|which|whom)\b)[\p{L}\p{N}'’-]+`;
// (a Latin-1 twin, latin1-twin.ts: on two-byte text its letter classes cost some 8 ms to compile, the twin's 1)
const UNHELD = latin1Twin(new RegExp(String.raw`\b((?:[Tt]he|[Aa]n?)\s+(?:${MODIFIER}){0,2}?(?:${alternation(UNHELD_CLAUSE_NOUNS)}))(?=(?:${AMONG_HOLDERS})?\s+that\s+(?!${VERB_OPENING_RELATIVE}))`, 'gu'));
// (the "that" clause after the holders, where OBJECT_RELATIVE is read)
const AMONG_THEN = new RegExp(`^${AMONG_HOLDERS}(?=\\s+that\\b)`, 'u');
/** Where the text after a noun cue reaches "that": past "among" and its holders, if they stand there. */
export const pastHolders = (text: string, end: number): number => end + (AMONG_THEN.exec(text.slice(end, end + 80))?.[0].length ?? 0);
/** Whether the "that" after a noun cue ending at `end` (past any holders) opens an object relative, not a clause it reports. */
const objectRelativeAfter = (text: string, end: number): boolean => OBJECT_RELATIVE.test(text.slice(pastHolders(text, end), end + 160));
/** The noun cues a pattern marks in its group 1, the phrase ending where the match does, read as possessed clauses (the
 *  light verb's, "there is" frame's or a preposition's): none inside a quote, none before an object relative ("the point
 *  that she made", "a complaint that the club lodged"), none the caller's `skip` refuses. */
export function clauseNounCues(re: RegExp, text: string, inside: (at: number) => boolean,
  skip?: (m: RegExpExecArray, lemma: string) => boolean): Cue[] {
  const out: Cue[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const phrase = m[1] ?? '';
    const end = m.index + m[0].length;
    const start = end - phrase.length;
    if (inside(start) || objectRelativeAfter(text, end)) continue;
    const lemma = phrase.slice(phrase.search(/\S+$/)).toLowerCase();
    if (skip?.(m, lemma) === true) continue;
    out.push({ text: phrase, start, end, lemma, kind: 'noun', construction: 'possessed-clause' });
  }
  return out;
}
// the bare form: a preposition, up to two modifiers (no determiner: "by his charges that" is nouns.ts's) and the noun;
// the cue is the modifiers and the noun ("amid unconfirmed reports that": the preposition frames the writer's clause)
const DETERMINERS = ['the', 'a', 'an', 'this', 'these', 'those', 'some', 'any', 'no', ...POSSESSIVE_DETERMINERS];
const BARE_MODIFIER = String.raw`(?!(?:${alternation(DETERMINERS)})\s)${MODIFIER}`;
// An -ing noun is left out: bare after a preposition it is the gerund of the subject's own telling ("after warning
// that rates would rise, the bank ..."), and after a time phrase the participle of a message ("sent a report to
// regulators on Friday warning that ...").
const BARE_NOUNS = [...UNHELD_CLAUSE_NOUNS, ...BARE_NEWS_NOUNS].filter((noun) => !noun.endsWith('ing'));
const PREPOSED = latin1Twin(new RegExp(String.raw`${firstLetters(UNHELD_NOUN_PREPOSITIONS)}\b(?:${alternation(UNHELD_NOUN_PREPOSITIONS)})\s+((?:${BARE_MODIFIER}){0,2}?(?:${alternation(BARE_NOUNS)}))(?=(?:${AMONG_HOLDERS})?\s+that\s+(?!${VERB_OPENING_RELATIVE}))`, 'giu'));

export function findUnheldCues(text: string, inside: (at: number) => boolean): Cue[] {
  // ("A spokesman for the company claims that ...", "A post on Facebook claims that ...": the subject's verb,
  // subject-postmodifier.ts)
  const subjectVerb = (m: RegExpExecArray, lemma: string): boolean => VERB_LIKE_UNHELD_NOUNS.has(lemma) && insidePostmodifiedSubject(text, m.index, m[0]);
  const out = [
    // ("The notion that the pier is safe was never a serious one", "But the argument that ... is weak": a noun phrase
    // opening its clause is the subject the writer judges, no one's report; annotated news draws the unheld noun as an
    // object only: "rallied on the hope that", "fell after the disclosure that")
    ...clauseNounCues(UNHELD.for(text), text, inside,
      (m, lemma) => SUBJECT_OPENING.test(text.slice(Math.max(0, m.index - 12), m.index)) || subjectVerb(m, lemma)),
    ...clauseNounCues(PREPOSED.for(text), text, inside, subjectVerb),
  ];
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
