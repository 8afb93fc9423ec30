// Two cues before one content ("The agency's report published on Monday found that ...", "he
// would not guess, merely saying that ...") each draw the same span; one record says it once. The
// cue nearest the content is the one that introduces it ("found", "saying"), unless its speaker is
// the earlier cue's object. An attribution after its quote ("“...,” she added") beats a weak reading
// before it (the quote after "X said of the plan."), but a real attribution on each side ("He argued
// that A, a claim the agency denies.") is two records: two sources take a stand on A.
import type { Quote } from '../../types.js';
import { POST_CONTENT } from './nesting.js';

const WEAK = /^(?:X-said-next-quote|continuation|in-sentence|unattributed)$/;

/** The better record of a span both hold, or null when both stay. */
function better(a: Quote, b: Quote): Quote | null {
  if ((a.cue === null) !== (b.cue === null)) return a.cue !== null ? a : b;
  const pa = POST_CONTENT.test(a.rule), pb = POST_CONTENT.test(b.rule);
  if (pa !== pb) {
    const [post, pre] = pa ? [a, b] : [b, a];
    return WEAK.test(pre.rule) ? post : null;
  }
  if (a.cue === null || b.cue === null) return a;
  const [late, early] = a.cue.start > b.cue.start ? [a, b] : [b, a];
  // ("warned a clerk who hinted that ...", "sent a memo stating that ..."): the later cue's
  // speaker stands between the two cues, as the earlier cue's object, so the earlier cue holds it
  const m = late.speakerMention;
  const objectOfEarly = m !== null && early.cue !== null && late.cue !== null && m.start >= early.cue.end && m.end <= late.cue.start;
  return objectOfEarly ? early : late;
}

/** The quotes with one record per span where two cues drew it for one claim (document order kept). */
export function dropDuplicates(quotes: Quote[]): Quote[] {
  const first = new Map<string, Quote>();
  const dropped = new Set<Quote>();
  for (const q of quotes) {
    const key = `${q.start}:${q.end}`;
    const held = first.get(key);
    if (held === undefined) { first.set(key, q); continue; }
    const keep = better(q, held);
    if (keep === null) continue;
    dropped.add(keep === q ? held : q);
    first.set(key, keep);
  }
  return dropped.size === 0 ? quotes : quotes.filter((q) => !dropped.has(q));
}
