// Adverbs of time, sequence and place that open news sentences but that compromise's lexicon does not list, so a
// capital at the start of a sentence makes them look like a surname: "Afterward she told reporters ...",
// "Elsewhere, the board said ...", "Nonetheless, he insisted ...". mentions/sentence-start.ts reads them as words.
// (Adverbs in -ly are told by their ending there; "Meanwhile", "Later", "Earlier" are in compromise's lexicon.)

/** Lower-case adverbs that are never a name when they open a sentence. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  // time and sequence
  'afterward', 'afterwards', 'beforehand', 'thereafter', 'hereafter', 'henceforth', 'hitherto', 'whereupon',
  'meantime', 'sometime', 'midweek', 'midday', 'midnight',
  // place
  'elsewhere', 'somewhere', 'anywhere', 'everywhere', 'nowhere', 'indoors', 'outdoors', 'ashore', 'onstage',
  'offstage', 'backstage', 'upstate',
  // concession
  'nonetheless', 'regardless', 'anyhow',
]);
