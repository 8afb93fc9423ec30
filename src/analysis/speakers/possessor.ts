// A capitalised possessor opening a description ("Ida Renn's lawyer", "the Vell Ministry's spokeswoman"), written
// once for its two readers: description-reference.ts (an unnamed person known only as someone's relation becomes an
// entity of its own) and spokespeople.ts (the body a spokesperson speaks for, the captured name without its article).
// A possessor word is a capitalised run up to the blank ("O'Neill's", "G7's"); a leading article of either case is
// no part of the name.

/** The possessor's name without its article in group 1: "the Vell Ministry's aide" -> "Vell Ministry". */
// (a name ending in s may take the apostrophe alone: "Tallo Motors' chief", "the Tarn Rovers’ manager")
export const PROPER_POSSESSOR = /^(?:[Tt]he\s+)?(\p{Lu}\S*?(?:\s+\p{Lu}\S*?)*)(?:['’]s|(?<=s)['’])\s/u;
