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
 */
export const V8_FLAGS = ['--no-regexp-tier-up'] as const;

export function applyV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
