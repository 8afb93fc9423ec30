#!/usr/bin/env node
// The installed command: runs the built CLI on the real process.
import { applyV8Flags } from '../dist/cli/v8-flags.js';

// Before any analysis module loads (and compiles a regex): see dist/cli/v8-flags.js.
applyV8Flags();
const { main } = await import('../dist/main.js');

// A reader that closes the pipe (`attrib quotes | head`) ends the run quietly, whatever is
// still being analysed or written.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
