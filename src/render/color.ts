// Colour is decided once per stream, in one place. chalk ignores NO_COLOR and cli-table3
// colours pipes on its own, so neither is trusted to decide (see README, "Colour").
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  /** true for --color, false for --no-color, undefined when neither was given. */
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean | undefined;
}

/** The level a terminal supports once colour is on: truecolor, 256 colours or basic. */
function richness(env: ColorInputs['env']): ColorLevel {
  if (/^(truecolor|24bit)$/i.test(env['COLORTERM'] ?? '')) return 3;
  if (/256/.test(env['TERM'] ?? '')) return 2;
  return 1;
}

export function colorLevel({ flag, env, isTTY }: ColorInputs): ColorLevel {
  // 1. an explicit flag wins
  if (flag !== undefined) return flag ? richness(env) : 0;
  // 2. FORCE_COLOR: 0/false off, 1-3 that level, anything else on (Node's own precedence)
  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return 0;
    if (force === '1' || force === '2' || force === '3') return Number(force) as ColorLevel;
    return richness(env);
  }
  // 3. NO_COLOR set and non-empty (no-color.org)
  if ((env['NO_COLOR'] ?? '') !== '') return 0;
  // 4. a dumb terminal
  if (env['TERM'] === 'dumb') return 0;
  // 5. otherwise only on a terminal
  return isTTY ? richness(env) : 0;
}

export function makeChalk(inputs: ColorInputs): ChalkInstance {
  return new Chalk({ level: colorLevel(inputs) });
}
