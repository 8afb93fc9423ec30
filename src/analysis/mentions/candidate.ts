// A possible mention found by one rule; the rules' candidates are merged (longest wins) in index.ts.
import type { MentionKind } from '../../types.js';
import type { Gender } from '../../lexicon/pronouns.js';

export interface Candidate {
  start: number;
  end: number;
  kind: MentionKind;
  role: string | null;
  gender: Gender;
  /** For names and titled names: the name alone ("Jane Roe" in "Foreign Minister Jane Roe"). */
  name?: string;
  /** For descriptions and groups: the head noun ("minister", "officials"). */
  head?: string;
}
