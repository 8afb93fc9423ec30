// One temp folder for the whole test run. Tests that write files (corpus trees, caches, worker scripts)
// make them through os.tmpdir(), which reads TMPDIR; pointing it here before the test workers start, and
// removing the folder when the run ends, leaves nothing behind in the system's temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'attrib-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
