// A source named by "by" and a possessed noun of telling or counting: "By her own account, she annoyed every mayor",
// "The club has 400 members, by Ivo Berg's count"; or by "in" and a possessed noun of a view: "In the coach's view, the
// referee lost control". Annotated news draws the noun (with "own") as the cue and the
// possessor as the source, as for "according to X"; the clause beside the phrase is the content
// (quotes/nominal-content.ts). One linear pass; the possessor is read back from the noun in a bounded window.
import type { Cue } from '../../types.js';
import { OWN_ACCOUNT_NOUNS, OWN_VIEW_NOUNS } from '../../lexicon/speech-nouns.js';
import { CUE_POSSESSIVE, POSSESSIVE_ENDING } from './nominal-possessor.js';
import { alternation } from '../alternation.js';

// one pass finds "by", one to four words and the noun ("by Ivo Berg's own count"; the scan opens on a literal, so it
// is fast), group 1 the cue; the possessor is then checked right before it
const BY_NOUN = new RegExp(String.raw`\b[Bb]y\s+(?:\S+\s+){1,4}?((?:own\s+)?(?:${alternation(OWN_ACCOUNT_NOUNS)}))\b`, 'g');
// ("in", one to four words and a noun of a view: "in the coach's own view", "In her opinion")
const IN_NOUN = new RegExp(String.raw`\b[Ii]n\s+(?:\S+\s+){1,4}?((?:own\s+)?(?:${alternation(OWN_VIEW_NOUNS)}))\b`, 'g');
// right before the noun: "by" (or "in"), then a possessive pronoun, or up to four capitalised words, an article and a noun, or an
// article and a name of up to three capitalised words, with a possessive ending ("by Ivo Berg's", "by the agency's",
// "by the Weather Office's": a body's name keeps its article)
const NAME_WORDS = String.raw`(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*`;
const BY_POSSESSOR = new RegExp(String.raw`\b(?:[Bb]y|[Ii]n)\s+(?:${CUE_POSSESSIVE}|(?:(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*|(?:the|a|an)\s+(?:[\p{Ll}-]+|${NAME_WORDS}))${POSSESSIVE_ENDING})\s+$`, 'u');
// the phrase stands apart from its clause: a comma after it, or the sentence's end
const APART_AFTER = /^(?:\s*,|[\s.]*$|\s*[.!?])/;

export function findAccountCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  for (const re of [BY_NOUN, IN_NOUN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const cue = m[1] ?? '';
      const end = m.index + m[0].length;
      const start = end - cue.length;
      if (!BY_POSSESSOR.test(text.slice(Math.max(0, start - 50), start)) || !APART_AFTER.test(text.slice(end, end + 3)) || inside(start)) continue;
      out.push({ text: cue, start, end, lemma: cue.slice(cue.lastIndexOf(' ') + 1), kind: 'noun', construction: 'own-account' });
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
