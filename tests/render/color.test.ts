import { describe, expect, it } from 'vitest';
import { colorLevel, makeChalk } from '../../src/render/color.js';
import { renderQuotes } from './helpers.js';
import { quote } from '../fixtures/records.js';

describe('colorLevel: flag, then FORCE_COLOR, then NO_COLOR, then TERM=dumb, then TTY', () => {
  it.each([
    ['tty, nothing set', undefined, {}, true, 1],
    ['pipe, nothing set', undefined, {}, false, 0],
    ['--color on a pipe', true, {}, false, 1],
    ['--no-color on a tty', false, {}, true, 0],
    ['--color beats NO_COLOR', true, { NO_COLOR: '1' }, false, 1],
    ['--no-color beats FORCE_COLOR', false, { FORCE_COLOR: '1' }, true, 0],
    ['FORCE_COLOR=1 on a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=3', undefined, { FORCE_COLOR: '3' }, false, 3],
    ['FORCE_COLOR=0 on a tty', undefined, { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=false', undefined, { FORCE_COLOR: 'false' }, true, 0],
    ['FORCE_COLOR beats NO_COLOR', undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, 1],
    ['NO_COLOR on a tty', undefined, { NO_COLOR: '1' }, true, 0],
    ['empty NO_COLOR is ignored', undefined, { NO_COLOR: '' }, true, 1],
    ['TERM=dumb on a tty', undefined, { TERM: 'dumb' }, true, 0],
    ['256-colour terminal', undefined, { TERM: 'xterm-256color' }, true, 2],
    ['truecolor terminal', undefined, { COLORTERM: 'truecolor' }, true, 3],
  ] as const)('%s', (_name, flag, env, isTTY, expected) => {
    expect(colorLevel({ flag, env: { ...env }, isTTY })).toBe(expected);
  });

  it.each([
    [0, false],
    [1, true],
  ])('makeChalk at level %i colours: %s', (level, coloured) => {
    const chalk = makeChalk({ flag: level > 0, env: {}, isTTY: false });
    expect(chalk.bold('x').includes('\u001b[')).toBe(coloured);
  });
});

describe('the quote table through createSink', () => {
  it('has bold headers only when colour is on', () => {
    expect(renderQuotes('table', [quote()], { color: false })).not.toContain('\u001b[');
    expect(renderQuotes('table', [quote()], { color: true })).toContain('\u001b[1m');
  });
});
