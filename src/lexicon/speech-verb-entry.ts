// One entry of the speech-verb lexicon (src/lexicon/speech-verbs*.ts): a lemma, its class, and the
// forms and frames it counts in. Kept apart so each class file and the form table read the same shape.

export type VerbGroup = 'speech' | 'writing' | 'stance' | 'feeling' | 'belief' | 'evidence' | 'intent';

export interface SpeechVerb {
  lemma: string;
  group: VerbGroup;
  /** Irregular forms; regular -s/-ed/-ing forms are generated. */
  forms?: string[];
  /** Forms that are too often another word (a noun, a name) to be cues on their own. */
  skip?: string[];
  /** Cues only right after a closed quote ("“...,” the letter reads."): elsewhere another verb. */
  afterQuoteOnly?: boolean;
  /**
   * Cues only in a frame after the form (cues/frames.ts: "see X as", "felt that"; cues/phrasal-frames.ts: "hit back"): all
   * forms (true) or the listed ones. Readers without that check treat them as ambiguous.
   */
  framed?: true | readonly string[];
}

export const g = (group: VerbGroup, lemmas: string[]): SpeechVerb[] => lemmas.map((lemma) => ({ lemma, group }));
