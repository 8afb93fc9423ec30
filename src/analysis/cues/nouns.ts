// Noun cues: "Ann Lee's claim that ...", "her warning that ...". A noun of saying or holding (lexicon)
// between a possessor and "that" reports the clause after it; the possessor is its source.
// One linear regex pass; the possessor is at most four capitalised words or a possessive pronoun.
import type { Cue } from '../../types.js';
import { SPEECH_NOUNS } from '../../lexicon/cue-contexts.js';

const NOUN_CUE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|['’]s)\s+(?:(?:\p{Ll}+ly|\p{Ll}+(?:ed|est)|new|latest|recent|repeated|false|bold|own|earlier|first|main|central|key|public|private|frequent|unfounded|baseless)\s+)?(\p{Ll}+)\s+that\b/gu;

export function findNounCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  NOUN_CUE.lastIndex = 0;
  for (let m = NOUN_CUE.exec(text); m !== null; m = NOUN_CUE.exec(text)) {
    const noun = m[1] ?? '';
    if (!SPEECH_NOUNS.has(noun)) continue;
    const start = m.index + m[0].lastIndexOf(noun, m[0].length - 5);
    if (inside(start)) continue;
    out.push({ text: noun, start, end: start + noun.length, lemma: noun, kind: 'noun' });
  }
  return out;
}
