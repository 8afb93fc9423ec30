// The name the speakers stage gives a group of people listed ("Tom Fenn and Lia Ortz", "Ada Kim, Tom Fenn and Lia
// Ortz"): coreference.ts names the group so, and quotes/speaker-pairs.ts finds it by that name, so both write it here.

// the most people a list before a pair's "and" is read to hold (the pair's first among them)
export const MAX_LISTED = 6;

/** The listed names as one group's name: commas between them, "and" before the last. */
export function listName(names: readonly string[]): string {
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
