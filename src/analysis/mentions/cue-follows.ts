// Whether a head noun is the subject of a cue: the cue right after it ("Shop owners said"), or after a short place
// phrase ("Boat crews in Dunbeg, Co Wexmoor, have warned"). description-start.ts reads a verb-like word opening
// the clause before such a head as its modifier ("Shop owners", "Nursing staff").
import type { Token } from './tokens.js';
import { GROUP_PLACE_PREPOSITIONS } from '../../lexicon/prepositions.js';

// a place phrase after a group that may stand between it and its cue, and how far it may run (bounded: linear)
const PLACE_AFTER: ReadonlySet<string> = new Set(GROUP_PLACE_PREPOSITIONS);
const PLACE_PHRASE_TOKENS = 10;
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', '“', '”', '"']);

/** A cue starts right after token `i`, or after a place phrase opened right after it. */
export function cueFollows(tokens: Token[], i: number, cueAt: (offset: number) => boolean): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (cueAt(next.start)) return true;
  if (!PLACE_AFTER.has(next.lower)) return false;
  for (let k = i + 2; k < tokens.length && k <= i + PLACE_PHRASE_TOKENS; k++) {
    if (cueAt(tokens[k]!.start)) return true;
    if (CLAUSE_END.has(tokens[k]!.text)) return false;
  }
  return false;
}
