// Where the cues sit, for the mentions around them: whether a mention is the subject of a speech verb, and whether
// a pronoun is followed by a cue that closes its clause ("..., she said."). Exact offset look-ups, no scans.
import type { Cue, Mention } from '../../types.js';
import { PRONOUNS } from '../../lexicon/pronouns.js';
import { firstNotBefore } from '../sorted.js';
import { isLetterUnit } from '../segment/letters.js';

/** "He’s", "they'll" -> "he", "they". */
export const pronounKey = (text: string): string => text.toLowerCase().replace(/['’][a-z]*$/, '');

export class CuePositions {
  private readonly cueStarts = new Set<number>();
  private readonly cueEnds = new Set<number>();
  private readonly cueEndOf = new Map<number, number>();
  private readonly sortedEnds: number[];

  constructor(private readonly text: string, cues: Cue[]) {
    for (const c of cues) {
      this.cueStarts.add(c.start);
      this.cueEnds.add(c.end);
      this.cueEndOf.set(c.start, c.end);
    }
    this.sortedEnds = [...this.cueEnds].sort((a, b) => a - b);
  }

  /** Whether a cue ends within [from, to): a mention after it in its sentence sits in what the cue reports. */
  cueEndedIn(from: number, to: number): boolean {
    const i = firstNotBefore(this.sortedEnds, (v) => v < from);
    return i < this.sortedEnds.length && this.sortedEnds[i]! < to;
  }

  /**
   * Whether `m` is the subject of a speech verb: right before the cue, blanks only between ("Roe said"), or right after
   * it ("said Roe"); not "Roe, calling him", not a relative pronoun (a clause inside the sentence). And whether it
   * speaks through it: before it, or after it with no verb of its own next ("said Roe.", not "said Roe was right").
   */
  subjectOfCue(m: Mention): { subject: boolean; spoke: boolean } {
    if (m.kind === 'pronoun' && PRONOUNS.get(pronounKey(m.text))?.relative) return { subject: false, spoke: false };
    let k = m.end;
    while (k < m.end + 3 && (this.text[k] === ' ' || this.text[k] === '\u00a0')) k++;
    const before = k > m.end && this.cueStarts.has(k);
    k = m.start;
    while (k > m.start - 3 && (this.text[k - 1] === ' ' || this.text[k - 1] === '\u00a0')) k--;
    const after = k < m.start && this.cueEnds.has(k);
    const subject = before || after;
    return { subject, spoke: subject && (!after || /^\s*(?:$|[,.;:!?—–)])/.test(this.text.slice(m.end, m.end + 4))) };
  }

  /**
   * A cue right after the pronoun at `at` that ends the sentence or a clause ("..., she said.", "..., she said,
   * adding"): the words before the comma are its content. Not "As for Roe, he said he ..." (a fronted topic).
   */
  closingCueAfter(at: number): boolean {
    let k = at;
    while (k < at + 12 && isLetterUnit(this.text, k)) k++;
    const end = k;
    while (k < end + 3 && (this.text[k] === ' ' || this.text[k] === '\u00a0')) k++;
    const cueEnd = k > end ? this.cueEndOf.get(k) : undefined;
    return cueEnd !== undefined && /^\s*(?:[.!?;]|,\s+\p{Ll})/u.test(this.text.slice(cueEnd, cueEnd + 12));
  }
}
