// "the city of Belmar", "the town of Ashwell", "the state of Orland": a place named by its kind and "of" is the body that
// governs it, and speaks as one ("The town of Ashwell said it would close the pool"). Without this the place's own word
// after "of" stood alone as a surname or a firm. The capitalised form ("City of Belmar") is a run already (runs.ts).
import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import type { Candidate } from './candidate.js';
import { GOVERNED_PLACE_KINDS } from '../../lexicon/places.js';

// kinds of run that can name the place: not a title, a date word or a run of ordinary words
const PLACE_RUNS = new Set(['place', 'person', 'organization', 'country']);

/** The run naming the place after the kind word at token `i` ("city" in "the city of Belmar"), if `i` opens such a name. */
export function governedPlaceAt(tokens: Token[], runs: Run[], runAt: Int32Array, i: number): Run | undefined {
  // (`i` may stand past the last token: "... the minister of" at the text's end)
  const t = tokens[i];
  if (t === undefined || t.cap || !GOVERNED_PLACE_KINDS.has(t.lower) || tokens[i - 1]?.lower !== 'the' || tokens[i + 1]?.lower !== 'of') return undefined;
  const r = runAt[i + 2] !== undefined && runAt[i + 2]! >= 0 ? runs[runAt[i + 2]!]! : undefined;
  // (a possessive hands the phrase on to what it owns: "the city of Belmar's lawyers")
  if (r === undefined || r.first !== i + 2 || r.nameFirst !== r.first || !PLACE_RUNS.has(r.kind) || r.possessive) return undefined;
  return r;
}

export function governedPlaces(text: string, tokens: Token[], runs: Run[], runAt: Int32Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const r = governedPlaceAt(tokens, runs, runAt, i);
    if (r === undefined) continue;
    const t = tokens[i]!;
    const end = tokens[r.last]!.nameEnd;
    out.push({ start: tokens[i - 1]!.start, end, kind: 'organization', role: null, gender: 'neuter', name: text.slice(t.start, end), head: t.lower });
  }
  return out;
}
