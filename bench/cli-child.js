// Runs the built CLI in this process and reports, on stderr's last line, the process's peak
// resident memory and CPU time, user + system (worker threads included: they share the
// process). Used by bench/run.js.
import { applyV8Flags } from '../dist/cli/v8-flags.js';

applyV8Flags(); // as bin/attrib.js does, before the analysis loads
const { main } = await import('../dist/main.js');
const code = await main(process.argv.slice(2));
const usage = process.resourceUsage();
process.stderr.write(`\n@@bench ${JSON.stringify({ code, maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime })}\n`);
process.exitCode = code;
