// The subordinators that open an adverbial clause (time, condition, cause, concession): a clause they
// open is the writer's frame or an aside, not what was said, and a cue inside one reports no further
// than that clause. One core list; each rule in quotes/ that reads such a clause takes the core and
// names what it adds or leaves out, and why, beside it.
export const SUBORDINATORS: readonly string[] = [
  'when', 'if', 'after', 'before', 'while', 'as', 'because', 'although', 'though', 'since', 'once', 'unless', 'until',
];

// two-word subordinators of concession and condition ("even though the vote failed"), as a pattern
export const SUBORDINATOR_PHRASES = String.raw`even\s+if|even\s+though`;

// a clause between commas may also be a participle's ("X, asked about it, said", "X, speaking to
// reporters, said", "X, having lost, said"): an aside like a subordinate clause
export const ASIDE_PARTICIPLES: readonly string[] = ['asked', 'speaking', 'having'];

// the subordinators of time and condition that take a bare participle ("when asked", "if asked",
// "upon being asked"); the causal and concessive ones do not ("because asked" is no English), and
// "since asked" reads as a cause
export const BEFORE_PARTICIPLE: readonly string[] = ['when', 'if', 'after', 'once', 'as', 'while', 'upon', 'before', 'until'];
