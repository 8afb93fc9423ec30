// Large Unicode patterns compiled straight to machine code. V8 runs a new regex in its interpreter first,
// and compiles bytecode for that; for a pattern full of Unicode property classes (\p{Lu}, \p{M}) or long
// case-blind word lists the bytecode is huge (the dateline pattern's: 370 kB) and costs several times the
// machine code (measured for it: ~35 ms against ~3, per text encoding). For a subject of 1,000 characters or
// more V8 compiles the machine code at once. So such a pattern is run once, on its first use, on a long blank
// string of each encoding (one-byte and two-byte text compile apart); that run finds nothing, changes no output.
// For patterns run on short windows only: a pattern scanning whole documents gets machine code at once anyway.

const LONG = 2000;
let subjects: string[] | null = null;
const ready = new WeakSet<RegExp>();

/** `re` itself, compiled to machine code for both text encodings on its first use. */
export function native(re: RegExp): RegExp {
  if (ready.has(re)) return re;
  ready.add(re);
  // blanks, and one two-byte character (an em dash) at the end: every pattern fails at once on them
  subjects ??= [' '.repeat(LONG), `${' '.repeat(LONG - 1)}\u2014`];
  for (const s of subjects) { re.lastIndex = 0; re.exec(s); }
  re.lastIndex = 0;
  return re;
}
