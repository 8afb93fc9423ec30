// Beliefs held with no "be" of their own: a second predicate adjective after "and" or a comma, sharing the first
// one's subject ("The coach was happy with the draw and confident that his side would go through"), and a belief
// someone came away with ("Ana Ruiz toured the farms and went away convinced that the harvest would be poor"). Annotated
// news marks the adjective (or "went away" with it) as the cue and the clause after "that" as its content, the
// subject of the clause the source. Only beliefs before "that": "and sure of the result", "and happy" hold no clause.
// One regex pass each, over the sentence before a coordinated adjective only where one is found.
import type { Cue } from '../../types.js';
import { BELIEF_ADJECTIVES, FEELINGS_ABOUT, FEELINGS_BY_OR_WITH, FEELINGS_WITH } from '../../lexicon/feeling-adjectives.js';

// beliefs and worries that take a clause ("confident that", "nervous that")
const BELIEF = [...BELIEF_ADJECTIVES, 'nervous', 'anxious'].join('|');
// "and" or a comma, perhaps an adverb of degree, then the belief and "that" (group 1: the belief)
const COORDINATED = new RegExp(String.raw`(?:,|\band)\s+(?:(?:also|still|more|increasingly|now|quietly)\s+)?(${BELIEF})(?=\s+that\s)`, 'gu');
// a feeling with what it is about, after "and", "but", a comma or a dash ("were exuberant - thrilled with the debut", "angry
// about prices, worried about jobs and dismayed by the council"): the feeling and its particle are the cue, as with
// "be" (cues/adjectives.ts), each feeling taking the particles it takes there (group 1: the cue)
const FEELING = String.raw`(?:${FEELINGS_BY_OR_WITH.join('|')})\s+(?:with|by|about|over|at)|(?:${FEELINGS_WITH.join('|')})\s+(?:with|about|over|at)|(?:${FEELINGS_ABOUT.join('|')})\s+(?:about|over|at)|(?:${BELIEF})\s+about`;
// (not ", and": "The game was delayed, and angry at the wait, fans left" fronts a feeling of the clause after it; not
// "- and": an aside that may hold anything)
const COORDINATED_FEELING = new RegExp(String.raw`(?:,|(?<![,\-–—])\s(?:and|but)|\s[-–—])\s+(?:(?:also|still|more|increasingly|now|quietly|deeply|visibly)\s+)?((?:${FEELING})\b)`, 'gu');
// "walked away sure that": the verb of leaving and the belief are the cue
const CAME_AWAY = new RegExp(String.raw`\b(?:came|comes|coming|walked|walks|walking|went|goes|going)\s+away\s+(?:${BELIEF})(?=\s+that\s)`, 'gu');
// the first predicate before it in the same sentence: a form of "be" or a change of state, within 100 characters
// and no sentence end ("The fans were jubilant, thrilled with the result and confident that ...")
const FIRST_PREDICATE = /\b(?:is|are|was|were|remains?|remained|seemed|felt|grew|got|became)\s[^.!?;\n]{1,100}$/u;

export function findCoordinatedAdjectiveCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  COORDINATED.lastIndex = 0;
  for (let m = COORDINATED.exec(text); m !== null; m = COORDINATED.exec(text)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    if (inside(start) || !FIRST_PREDICATE.test(text.slice(Math.max(0, m.index - 110), m.index))) continue;
    out.push({ text: word, start, end: start + word.length, lemma: word.toLowerCase(), kind: 'verb' });
  }
  COORDINATED_FEELING.lastIndex = 0;
  for (let m = COORDINATED_FEELING.exec(text); m !== null; m = COORDINATED_FEELING.exec(text)) {
    const cue = m[1] ?? '';
    const start = m.index + m[0].length - cue.length;
    if (inside(start) || !FIRST_PREDICATE.test(text.slice(Math.max(0, m.index - 110), m.index))) continue;
    out.push({ text: cue, start, end: start + cue.length, lemma: (/^\S+/.exec(cue)?.[0] ?? '').toLowerCase(), kind: 'verb' });
  }
  CAME_AWAY.lastIndex = 0;
  for (let m = CAME_AWAY.exec(text); m !== null; m = CAME_AWAY.exec(text)) {
    if (inside(m.index)) continue;
    const lemma = /\S+$/u.exec(m[0])?.[0].toLowerCase() ?? '';
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, lemma, kind: 'verb' });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
