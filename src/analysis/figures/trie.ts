// A word list as one regex source shaped like a trie, so the regex engine branches on letters
// instead of trying hundreds of words at every position of the text.

/** A regex source matching any of `words`, as a trie ("t(?:wo|hree|en)"), so the engine branches on letters instead of trying every word. */
export function trie(words: string[]): string {
  const root = new Map<string, Map<string, unknown>>();
  for (const w of words) {
    let node = root;
    for (const ch of w + '\0') {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch) as Map<string, Map<string, unknown>>;
    }
  }
  const emit = (node: Map<string, Map<string, unknown>>): string => {
    const alts = [...node.entries()].filter(([ch]) => ch !== '\0').map(([ch, child]) => ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&') + emit(child as Map<string, Map<string, unknown>>));
    const end = node.has('\0');
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return end ? `(?:${body})?` : body;
  };
  return emit(root);
}
