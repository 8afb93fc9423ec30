// Word tables are looked up with words taken from documents; a plain object would answer
// "constructor" or "__proto__" from its prototype. Tables built here have no prototype.

/** A lookup table with no prototype, frozen: `table[word]` is only ever an entry or undefined. */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
