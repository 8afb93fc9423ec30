// A pattern with Unicode letter classes, and its twin with those classes cut to Latin-1, for subjects that hold
// no letter, mark or digit beyond Latin-1 (nearly all English news, curly quotes and dashes included).
//
// Why: text-width.ts makes every text two bytes a character once one holds a curly quote, and for two-byte
// subjects V8 compiles each \p{L}, \p{Lu}, \p{Ll}, \p{N} or \p{M} as a decision tree over the class's hundreds
// of ranges, once for every place it occurs in the pattern; a bounded repeat such as {0,3} copies its body, trees
// and all. A few of the largest patterns took 5-50 ms each to compile on first use. Cut to Latin-1, each class
// is a handful of ranges and the same patterns compile in well under a millisecond.
//
// Why the twin reads such a subject exactly as the pattern does: the cut class holds the Latin-1 characters the
// full class matches under the same flags (listed by asking the full class itself, so case folding under /i is
// included), so a Latin-1 character is in one exactly when it is in the other; a character beyond Latin-1 that
// is no letter, mark or digit is in neither (under /i too: one that case-folds to a letter is itself a letter).
// Nothing else in the pattern changes. A subject with a letter, mark or digit beyond Latin-1 gets the pattern.

/** The properties cut to Latin-1; any other \p{..} (\p{Sc}, \p{Ps}, ...) is kept as it is. */
const CUT = new Set(['L', 'Lu', 'Ll', 'N', 'M']);
const PROPERTY = /^\\p\{(\w+)\}/;
// what a subject must not hold beyond Latin-1 for the twin to serve
const BEYOND_TWIN = /^[\p{L}\p{M}\p{N}]/u;

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

const membersCache = new Map<string, string>();

/** The Latin-1 members of `\p{name}` under `flags`, as class items ("a-z\u00aa..."); empty when none. */
function latin1Members(name: string, flags: string): string {
  const key = `${name}/${flags}`;
  const known = membersCache.get(key);
  if (known !== undefined) return known;
  const full = new RegExp(String.raw`^\p{${name}}$`, flags);
  // runs of consecutive members, each written as one range
  let items = '';
  for (let c = 0; c <= 0xff; c++) {
    if (!full.test(String.fromCharCode(c))) continue;
    let last = c;
    while (last < 0xff && full.test(String.fromCharCode(last + 1))) last++;
    items += last > c ? `${hex(c)}-${hex(last)}` : hex(c);
    c = last;
  }
  membersCache.set(key, items);
  return items;
}

/** Those of `beyond` (code points past Latin-1) that `\p{name}` matches under `flags`, as class items. */
function beyondMembers(name: string, flags: string, beyond: readonly number[]): string {
  const full = new RegExp(String.raw`^\p{${name}}$`, flags);
  return beyond.filter((c) => full.test(String.fromCodePoint(c))).map((c) => `\\u{${c.toString(16)}}`).join('');
}

/**
 * `source` with each cut property replaced by its Latin-1 members (in a class: the items; outside: a class), and by
 * those of the code points `beyond` it matches: a subject holding no other letter, mark or digit past Latin-1 reads alike.
 */
export function latin1Source(source: string, flags: string, beyond: readonly number[] = []): string {
  const memberFlags = flags.replace(/[dgy]/g, '');
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const m = PROPERTY.exec(source.slice(i, i + 8));
      const name = m?.[1];
      if (name !== undefined && CUT.has(name)) {
        const items = latin1Members(name, memberFlags) + (beyond.length > 0 ? beyondMembers(name, memberFlags, beyond) : '');
        out += inClass ? items : `[${items}]`;
        i += name.length + 3; // past the closing brace (the loop steps over it)
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** Whether `subject` holds no letter, mark or digit beyond Latin-1, so that a twin reads it as its pattern does. */
export function twinServes(subject: string): boolean {
  for (let k = 0; k < subject.length; k++) {
    const c = subject.charCodeAt(k);
    // Latin-1, and General Punctuation (curly quotes, dashes, ellipsis), hold none
    if (c <= 0xff || (c >= 0x2000 && c <= 0x206f)) continue;
    // (read as a code point: a surrogate pair is one character to the pattern)
    if (BEYOND_TWIN.test(subject.slice(k, k + 2))) return false;
  }
  return true;
}

/** The letters, marks and digits past Latin-1 that `subject` holds, each once, in code point order. */
export function beyondLatin1(subject: string): number[] {
  const found = new Set<number>();
  for (let k = 0; k < subject.length; k++) {
    const c = subject.charCodeAt(k);
    if (c <= 0xff || (c >= 0x2000 && c <= 0x206f)) continue;
    const ch = String.fromCodePoint(subject.codePointAt(k)!);
    if (BEYOND_TWIN.test(ch)) found.add(ch.codePointAt(0)!);
  }
  return [...found].sort((a, b) => a - b);
}

/** A pattern (flag u) and its Latin-1 twin; `for(subject)` is the one to run on that subject. */
export interface Twinned {
  readonly full: RegExp;
  readonly latin1: RegExp;
  for(subject: string): RegExp;
}

// A subject with a letter past Latin-1 ("Łukasz") gets a twin whose classes also hold the few such characters it has,
// made for that set and kept: in a run where one or two windows hold such a name, that compiles in a millisecond or two
// where the full pattern took up to 30 ms (two-byte). A pattern met by many such sets (a foreign-language corpus) gets
// the full pattern after the first few, so compiling never costs more than a few small twins beside it.
const MAX_WIDER = 3;

export function latin1Twin(full: RegExp): Twinned {
  if (!full.unicode) throw new Error(`latin1Twin needs a pattern with flag u: /${full.source}/${full.flags}`);
  const latin1 = new RegExp(latin1Source(full.source, full.flags), full.flags);
  const wider = new Map<string, RegExp>();
  const widerFor = (subject: string): RegExp => {
    const beyond = beyondLatin1(subject);
    const key = String.fromCodePoint(...beyond);
    const known = wider.get(key);
    if (known !== undefined) return known;
    if (wider.size >= MAX_WIDER) return full;
    const made = new RegExp(latin1Source(full.source, full.flags, beyond), full.flags);
    wider.set(key, made);
    return made;
  };
  return { full, latin1, for: (subject) => (twinServes(subject) ? latin1 : widerFor(subject)) };
}

/** One pattern a key, each with flag u twinned and any other standing for itself (its `for` returns it). */
export function latin1TwinTable(table: Readonly<Record<string, RegExp>>): Readonly<Record<string, Twinned>> {
  return Object.fromEntries(Object.entries(table).map(([key, full]) => [key, full.unicode ? latin1Twin(full) : alone(full)]));
}

const alone = (full: RegExp): Twinned => ({ full, latin1: full, for: () => full });
