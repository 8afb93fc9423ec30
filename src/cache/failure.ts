// Why the cache could not be used, as a sentence a user can act on. The errors come from three
// places (makeDir, Node's mkdir, SQLite) and their raw messages ("ENOENT: no such file or
// directory, mkdir '/proc/x'", "unable to open database file") name neither the folder nor a
// way out; the run goes on without the cache either way, so the warning only has to say where
// and what to do.

/** What the user can do about a cache that cannot be used, for every reason below but a damaged file. */
const WAY_OUT = 'running without it; set ATTRIB_CACHE_DIR to a folder you can write to, or pass --no-cache';

interface CacheError { code?: string; path?: string; message?: string }

/** The reason, as "what happened (what to do)", for a failure opening the cache `file` in `dir`. */
export function cacheOpenFailure(error: unknown, dir: string, file: string): string {
  const e = (error ?? {}) as CacheError;
  const where = e.path ?? dir;
  switch (e.code) {
    case 'ENOTDIR':
      return `cannot keep the analysis cache in ${dir}: ${where} is not a folder (${WAY_OUT})`;
    case 'EACCES':
    case 'EPERM':
    case 'SQLITE_PERM':
    case 'SQLITE_READONLY':
      return `cannot keep the analysis cache in ${dir}: permission denied on ${where} (${WAY_OUT})`;
    case 'EROFS':
      return `cannot keep the analysis cache in ${dir}: ${where} is on a read-only file system (${WAY_OUT})`;
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return `cannot keep the analysis cache in ${dir}: the disk is full (${WAY_OUT})`;
    // a system folder such as /proc, which answers "no such file" for anything new made in it
    case 'ENOENT':
    case 'SQLITE_CANTOPEN':
      return `cannot keep the analysis cache in ${dir}: no file or folder can be made there (${WAY_OUT})`;
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return `cannot use the analysis cache ${file}: the file is damaged or is not an attrib cache ` +
        '(running without it; delete the file and attrib makes a new one, or pass --no-cache)';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return `cannot use the analysis cache ${file}: another program holds it locked ` +
        '(running without it; try again when the other run ends, or pass --no-cache)';
    default:
      return `cannot use the analysis cache ${file}: ${e.message ?? String(error)} (${WAY_OUT})`;
  }
}

/** The reason, for a cache that failed while in use (a read or a batch of writes). */
export function cacheUseFailure(error: unknown, file: string): string {
  const e = (error ?? {}) as CacheError;
  const why = e.code === 'SQLITE_FULL' || e.code === 'ENOSPC' ? 'the disk is full'
    : e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED' ? 'another program held it locked too long'
    : e.code === 'SQLITE_READONLY' ? 'it can no longer be written'
    : e.code === 'SQLITE_CORRUPT' || e.code === 'SQLITE_NOTADB' ? 'the file is damaged (delete it and attrib makes a new one)'
    : e.message ?? String(error);
  return `the analysis cache ${file} failed: ${why} (going on without it)`;
}
