import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/cache/location.js';

describe('cacheDir', () => {
  it.each([
    ['ATTRIB_CACHE_DIR wins everywhere', { ATTRIB_CACHE_DIR: '/tmp/c', XDG_CACHE_HOME: '/x' }, 'linux', '/home/u', '/tmp/c'],
    ['Linux: XDG_CACHE_HOME', { XDG_CACHE_HOME: '/var/cache/u' }, 'linux', '/home/u', '/var/cache/u/attrib'],
    ['Linux: ~/.cache without XDG', {}, 'linux', '/home/u', '/home/u/.cache/attrib'],
    ['Linux: a relative XDG_CACHE_HOME is ignored (XDG spec)', { XDG_CACHE_HOME: 'rel' }, 'linux', '/home/u', '/home/u/.cache/attrib'],
    ['Linux: an empty ATTRIB_CACHE_DIR is unset', { ATTRIB_CACHE_DIR: '' }, 'linux', '/home/u', '/home/u/.cache/attrib'],
    ['FreeBSD follows XDG too', {}, 'freebsd', '/home/u', '/home/u/.cache/attrib'],
    ['macOS: ~/Library/Caches', { XDG_CACHE_HOME: '/x' }, 'darwin', '/Users/u', '/Users/u/Library/Caches/attrib'],
    ['Windows: %LOCALAPPDATA%', { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u',
      'C:\\Users\\u\\AppData\\Local\\attrib\\Cache'],
    ['Windows: AppData\\Local under the home without LOCALAPPDATA', {}, 'win32', 'C:\\Users\\u',
      'C:\\Users\\u\\AppData\\Local\\attrib\\Cache'],
  ] as const)('%s', (_name, env, platform, home, expected) => {
    expect(cacheDir({ env, platform, home })).toBe(expected);
  });
});
