// Linking adverbs: words a writer sets off by commas to tie a sentence to the one before ("The coach, however,
// says ..."; "However, the board said ..."). They report nothing and name no one, so the stages look past them:
// cues/subject-adverb.ts (a verb after its subject and such an aside), quotes/content-before-inverted.ts (no content before
// the cue), quotes/content-start.ts (the content starts after one). Regex pieces ("in\s+turn": any blank between).

/** Linking adverbs as regex pieces, one per entry. */
export const LINKING_ADVERBS: readonly string[] = [
  'however', 'though', 'nonetheless', 'nevertheless', 'meanwhile', 'instead', 'moreover', 'furthermore',
  'in\\s+turn', 'in\\s+fact', 'of\\s+course', 'too', 'also',
];
