// A key for comparing figures across documents ("figures that disagree"): the same thing counted
// in the same unit. Pure and import-free on purpose, so the query layer can use it without
// loading the analysis (or compromise).

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all', 'some', 'these', 'those']);
// plurals that drop no plain "s"
const IRREGULAR: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
});
// words in -s that are not plurals
const NOT_PLURAL = /(?:ss|us|is|ics|news|series|species)$/;

/** The singular of one lower-case word ("troops" -> "troop", "cities" -> "city"). */
export function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word]!;
  if (NOT_PLURAL.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * A subject as a comparison key: lower case, accents and punctuation dropped, determiners
 * dropped, the head noun (last word) made singular. "Some Dairy Farmers" -> "dairy farmer".
 */
export function subjectKey(subject: string | null | undefined): string | null {
  if (!subject) return null;
  const words = subject
    .normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !DETERMINERS.has(w));
  if (words.length === 0) return null;
  words[words.length - 1] = singular(words[words.length - 1]!);
  return words.join(' ');
}

/** Figures compare when they count the same subject, of the same kind, in the same unit. */
export function figureKey(f: { subject: string | null; kind: string; unit: string | null }): string | null {
  const s = subjectKey(f.subject);
  return s === null ? null : `${f.kind}|${f.unit ?? ''}|${s}`;
}
