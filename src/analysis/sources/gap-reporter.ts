// A figure that is the object of a relative clause with no pronoun right after it, whose verb reckons: "below the
// $4.5 billion analysts had estimated", "against the 2% rise economists forecast", "the 40 seats the pollster
// predicted" (lexicon/figure-sources.ts RECKONING_VERBS). The clause's subject put the figure forward, whoever's words
// hold the sentence ("The firm reported sales of $3.9 billion, below the $4.5 billion analysts had estimated": the
// analysts' figure, not the firm's). The construction is read as the quote stage reads it (quotes/gap-relative.ts),
// so both stages agree on where it is.
import type { Figure } from '../../types.js';
import type { Counted } from '../state.js';
import { gapRelative, POLLING_VERBS } from '../quotes/gap-relative.js';
import { sourceBefore, type Voucher } from './phrases.js';
import { verbCues } from './reported.js';
import { RECKONING_VERBS } from '../../lexicon/figure-sources.js';

// the figure's noun and the clause's subject fit in this many characters before the cue
const REACH = 60;
const BLANKS = /^[ \t\u00a0]*$/;
const RECKONING: ReadonlySet<string> = new Set(RECKONING_VERBS);
// the cue's last word, its verb ("had estimated", "was expecting")
const LAST_WORD = /(\p{L}+)$/u;
// who gathered the consensus, between its makers and the cue (quotes/gap-relative.ts POLLED_BY)
const POLLED_BY_BEFORE = new RegExp(String.raw`\s+${POLLING_VERBS}\s+by\s+[^,;:]*$`, 'u');

/** The speaker of the quote whose cue starts at `cueStart`, as a voucher. */
function clauseSpeaker(s: Counted, cueStart: number): Voucher | null {
  const q = s.quotes.find((x) => x.cue !== null && x.cue.start === cueStart);
  if (!q || !q.speakerMention) return null;
  return { source: q.speaker ?? q.speakerMention.text, sourceKind: q.speakerKind, sourceMention: q.speakerMention, rule: 'gap-relative' };
}

/** The subject of the object-gap relative clause whose antecedent holds figure `f`, or null. */
export function gapReporter(s: Counted, f: Figure, sentenceStart: number, sentenceEnd: number): Voucher | null {
  const text = s.doc.text;
  for (const c of verbCues(s.cues, f.end, Math.min(sentenceEnd, f.end + REACH))) {
    if (!RECKONING.has(LAST_WORD.exec(c.text)?.[1]?.toLowerCase() ?? '')) continue;
    const span = gapRelative(text, sentenceStart, c, sentenceEnd);
    // the figure in the antecedent, before the subject: not a number in the clause itself
    if (span === null || span.start > f.start) continue;
    // the speaker the quote stage gave the clause ("analysts polled by Ridgefield had expected" is the analysts'), else
    // the mention right before the cue
    // (past who polled them: "economists surveyed by Holm had forecast" is not Holm's figure)
    const polled = POLLED_BY_BEFORE.exec(text.slice(f.end, c.start));
    const v = clauseSpeaker(s, c.start) ?? sourceBefore(s, f.end, polled ? f.end + polled.index : c.start, 'gap-relative');
    if (!v || v.sourceMention.start < f.end) continue;
    // a count right before the subject counts it ("the plan 300 residents opposed"): no figure of theirs
    if (f.kind === 'count' && BLANKS.test(text.slice(f.end, v.sourceMention.start))) continue;
    return v;
  }
  return null;
}
