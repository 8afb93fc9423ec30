// Where the analysis cache lives, by each platform's convention for per-user caches:
// ATTRIB_CACHE_DIR wins (tests and CI point it at a temp dir), then XDG on Linux and other
// Unixes, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows.
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

export interface LocationInput {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

export function cacheDir({ env, platform, home }: LocationInput = {
  env: process.env, platform: process.platform, home: homedir(),
}): string {
  if (env.ATTRIB_CACHE_DIR) return env.ATTRIB_CACHE_DIR;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'attrib');
  if (platform === 'win32') {
    // Windows caches are per-user local (not roaming) data, in a Cache folder of the app's own.
    const local = env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local');
    return win32.join(local, 'attrib', 'Cache');
  }
  // XDG base directories: a relative XDG_CACHE_HOME is invalid by the spec and ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && xdg.startsWith('/')) return join(xdg, 'attrib');
  return join(home, '.cache', 'attrib');
}

/** The store file inside the cache dir; the suffix names the table layout, not the analysis version. */
export const STORE_FILE = 'analyses-v2.sqlite';
