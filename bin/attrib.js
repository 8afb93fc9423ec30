#!/usr/bin/env node
// The installed command: runs the built CLI on the real process.
import { main } from '../dist/main.js';

// A reader that closes the pipe (`attrib quotes | head`) ends the run quietly, whatever is
// still being analysed or written.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
