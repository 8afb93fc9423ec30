// A sentence that opens with a subordinate clause ("When Ada Lind spoke, Ivo Berg walked out, saying ..."; "Even as
// critics warned ..., the board pressed on, arguing ..."): the clause's own subject is not the main clause's, so a
// cue of the main clause that has no subject of its own takes the first mention after the clause's comma.
import { alternation } from '../alternation.js';
import { SUBORDINATORS, SUBORDINATOR_PHRASES } from '../../lexicon/subordinators.js';

// a conjunction or focus word may lead ("But when", "Yet even as", "Just after"); then the subordinator and a word
const FRONTED = new RegExp(String.raw`^\s*(?:(?:but|yet|and|so)\s+)?(?:(?:just|only|shortly|soon|even)\s+)?(?:${SUBORDINATOR_PHRASES}|${alternation(SUBORDINATORS)})\s+\S`, 'i');
// how far into the sentence the clause's comma is looked for (bounded: linear)
const MAX_CLAUSE = 300;

/** Where a subordinate clause opening the text at `from` ends (its comma), when that comma comes before `at`; else -1. */
export function frontedClauseEnd(text: string, from: number, at: number): number {
  const head = FRONTED.exec(text.slice(from, Math.min(at, from + 40)));
  if (head === null) return -1;
  const open = from + head[0].length;
  const comma = text.slice(open, Math.min(at, from + MAX_CLAUSE)).indexOf(',');
  return comma >= 0 ? open + comma : -1;
}
