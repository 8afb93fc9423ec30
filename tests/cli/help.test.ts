// cli/help.ts: the "Examples:" block of a command's --help (each command line after "$ ", what it shows indented
// below), and the exit codes the help promises; then --help and --version through the whole CLI in-process.
import { describe, expect, it, vi } from 'vitest';
import { examples, EXIT_CODES, ROOT_EXAMPLES } from '../../src/cli/help.js';
import { runMain as run } from './run-main.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

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

describe('help and version', () => {
  it('--help has examples, one piping to jq, and the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.out).toContain('Examples:');
    expect(r.out).toMatch(/\| jq /);
    expect(r.out).toContain('Exit codes:');
    expect(r.err).toBe('');
  });

  it.each(['quotes', 'who-said', 'figures', 'speakers', 'extract', 'eval'])('%s --help has examples', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain(`attrib ${cmd}`);
  });

  it('--version prints package.json version and the analysis version', async () => {
    const { readFileSync } = await import('node:fs');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const { ANALYSIS_VERSION } = await import('../../src/analysis/version.js');
    expect((await run(['--version'])).out.trim()).toBe(`${version} (analysis ${ANALYSIS_VERSION})`);
  });
});
