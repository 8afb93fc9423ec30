// Backing a target receives from someone: "Ada Ek won the endorsement of the union", "the plan has the
// support of most residents", "Tom Lind had the backing of Ivo Lund". The backer (after "of" or "from") holds
// the stance, the one backed is what it is about. Read by cues/nominal.ts, cues/nominal-verb.ts and
// quotes/nominal-received.ts.

/** Nouns of backing a person or a plan in public. (Not "approval": "won approval from regulators" is a ruling.) */
export const BACKING_NOUNS: readonly string[] = ['support', 'backing', 'endorsement', 'endorsements', 'blessing'];

/**
 * Verbs by which a target has, wins or loses such backing ("has the support of", "won the endorsement of",
 * "lost the backing of"). Not "seek": "sought the support of" is a request, nobody backs anyone yet.
 */
export const BACKING_VERBS: readonly string[] = [
  'has', 'have', 'had', 'having', 'win', 'wins', 'won', 'winning', 'receive', 'receives', 'received', 'receiving',
  'secure', 'secures', 'secured', 'securing', 'earn', 'earns', 'earned', 'earning', 'gain', 'gains', 'gained', 'gaining',
  'enjoy', 'enjoys', 'enjoyed', 'enjoying', 'land', 'landed', 'get', 'gets', 'got', 'gotten', 'getting',
  'lose', 'loses', 'lost', 'losing', 'retain', 'retains', 'retained', 'keep', 'keeps', 'kept',
];
