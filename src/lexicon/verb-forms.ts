// The forms of a verb from its lemma, for the lexicons and rules that list a verb in all its forms ("take", "takes",
// "took", "taken", "taking"): written once here rather than by hand at each list.

// verbs that double their last consonant: slammed, quipped, admitted, planned
const DOUBLED = /^(?:slam|admit|regret|commit|quip|plan|snap|chat|blog|stop|rebut|fret|dub|refer|prefer|shrug|pin)$/;

// verbs whose final l doubles in British English (signal -> signalled), both spellings kept
const UK_DOUBLED_L = /^(?:signal|label|level)$/;

/** The lemma and its regular -s, -ed and -ing forms ("warn", "warns", "warned", "warning"). */
export function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied`
    : DOUBLED.test(lemma) ? `${lemma}${lemma.slice(-1)}ed` : `${lemma}ed`;
  const ing = DOUBLED.test(lemma) ? `${lemma}${lemma.slice(-1)}ing` : `${stem}ing`;
  // British spelling doubles a final l: "signalled", "labelling"
  return UK_DOUBLED_L.test(lemma) ? [lemma, s, ed, ing, `${lemma}led`, `${lemma}ling`] : [lemma, s, ed, ing];
}

// the forms past the lemma of the irregular verbs the lists read in all their forms
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  take: ['takes', 'took', 'taken', 'taking'],
  come: ['comes', 'came', 'coming'],
  make: ['makes', 'made', 'making'],
  shoot: ['shoots', 'shot', 'shooting'],
  stand: ['stands', 'stood', 'standing'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  put: ['puts', 'putting'],
  give: ['gives', 'gave', 'given', 'giving'],
  lay: ['lays', 'laid', 'laying'],
  pay: ['pays', 'paid', 'paying'],
  hold: ['holds', 'held', 'holding'],
  seek: ['seeks', 'sought', 'seeking'],
  leave: ['leaves', 'left', 'leaving'],
  win: ['wins', 'won', 'winning'],
  run: ['runs', 'ran', 'running'],
  lose: ['loses', 'lost', 'losing'],
  quit: ['quits', 'quitting'],
};

/** Every form of a verb: the lemma, then its irregular forms or its regular ones ("take" -> "takes", "took", "taken", "taking"). */
export function verbForms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  return irregular === undefined ? regularForms(lemma) : [lemma, ...irregular];
}
