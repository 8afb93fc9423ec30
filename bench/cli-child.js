// Runs the built CLI in this process and reports, on stderr's last line, the process's peak
// resident memory (worker threads included: they share the process). Used by bench/run.js.
import { main } from '../dist/main.js';

const code = await main(process.argv.slice(2));
process.stderr.write(`\n@@bench ${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
