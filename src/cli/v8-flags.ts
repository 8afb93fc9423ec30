// V8 settings the attrib process runs with. Call applyV8Flags() before anything compiles a regex.
import { setFlagsFromString } from 'node:v8';

/**
 * --no-regexp-tier-up: by default V8 first runs a new regex in its interpreter from bytecode and
 * compiles machine code only once the pattern is hot. attrib has some 800 patterns, many with long
 * case-blind word lists, run on short windows: their bytecode is large (several hundred kB for the
 * biggest) and costs more to build than the machine code, and most of them are met for the first
 * time inside a run. Compiling straight to machine code cut a one-document-at-a-time run over 117
 * news articles by about a tenth of its CPU time, with byte-identical output. Flags are per process,
 * so worker threads share it.
 *
 * --interrupt-budget (16 times V8's 67584): how much a function must run before V8 hands it to its optimizing
 * compiler. attrib is many mid-sized functions, each run a little per sentence, whose time goes mostly to regex
 * code the optimizer does not touch; at the default some 300 of them were optimized (several more than once, after
 * a deopt) within the first hundred articles, and that background compiling cost about twice the CPU of the analysis
 * itself on a first pass over the eval files, on a 2-core machine where it competes with the main thread. At 16x
 * only the hottest are optimized, later and on steadier type feedback: a first pass took about half the process CPU
 * and the steady state within a fifth of the default's, with byte-identical output.
 */
export const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=1081344'] as const;

export function applyV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
