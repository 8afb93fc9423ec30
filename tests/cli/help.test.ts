// cli/help.ts: the "Examples:" block of a command's --help (each command line after "$ ", what it shows indented
// below), and the exit codes the help promises.
import { describe, expect, it } from 'vitest';
import { examples, EXIT_CODES, ROOT_EXAMPLES } from '../../src/cli/help.js';

describe('cli/help', () => {
  it.each<[[string, string][], string]>([
    [[['attrib quotes a.txt', 'the quotes of one file']], '\nExamples:\n  $ attrib quotes a.txt\n      the quotes of one file\n'],
    [[['x', 'one'], ['y', 'two']], '\nExamples:\n  $ x\n      one\n  $ y\n      two\n'],
    [[], '\nExamples:\n\n'],
  ])('%j', (list, expected) => {
    expect(examples(list)).toBe(expected);
  });

  it('states the three exit codes', () => {
    expect(EXIT_CODES.match(/^ {2}\d/gm)).toEqual(['  0', '  1', '  2']);
  });

  it('leads the root help with examples of attrib commands', () => {
    expect(ROOT_EXAMPLES.startsWith('\nExamples:\n  $ attrib ')).toBe(true);
  });
});
