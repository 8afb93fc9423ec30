// Where one reported content ends and the same speaker's next claim begins (quotes/cue-context.ts).
/**
 * Verbs of claiming whose participle after "while" or "before" is a second claim of the same speaker, not part
 * of the first content: "vowed to cut fares while promising to reopen the pier", "praised the plan before claiming
 * that it was rigged" (quotes/cue-context.ts). Participles of deeds ("while talking about her garden", "before
 * announcing his bid") stay inside the content: annotated news does not draw them.
 */
export const CLAIMING_PARTICIPLES: ReadonlySet<string> = new Set([
  'say', 'claim', 'predict', 'promise', 'insist', 'argue', 'warn', 'suggest', 'assert', 'vow', 'pledge', 'declare', 'deny', 'accuse',
]);
