// A stand-in for src/run/progress.ts, read through vi.mock by the CLI tests: the real progress line waits half a
// second before drawing; this one draws at once when enabled, so a test sees it without waiting.
export function createProgress(stderr: NodeJS.WritableStream, enabled: boolean) {
  return {
    update: (done: number) => enabled && stderr.write(`\rattrib: ${done} documents`),
    setTotal: () => {},
    done: () => enabled && stderr.write('\r\u001b[K'),
  };
}
