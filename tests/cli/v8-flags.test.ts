import { describe, expect, it } from 'vitest';
import { applyV8Flags, V8_FLAGS } from '../../src/cli/v8-flags.js';

describe('V8 flags the CLI starts with', () => {
  it('compiles regexes straight to machine code (no interpreter tier)', () => {
    expect(V8_FLAGS).toContain('--no-regexp-tier-up');
  });

  it('hands a function to the optimizing compiler only after far more runs than V8 asks by default', () => {
    const budget = V8_FLAGS.find((f) => f.startsWith('--interrupt-budget='));
    expect(Number(budget?.split('=')[1])).toBeGreaterThan(67584);
  });

  it('can be applied more than once, and regexes still match the same', () => {
    const re = /\b(?:said|says|told)\b/giu;
    const before = 'Ann said it. Bo told her.'.match(re);
    applyV8Flags();
    applyV8Flags();
    expect('Ann said it. Bo told her.'.match(new RegExp(re.source, re.flags))).toEqual(before);
  });
});
