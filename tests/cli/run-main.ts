// The whole CLI in-process over fake streams: the exit code and what it wrote. The test file that calls it declares
// its own vi.mock calls (vitest hoists them only there); they reach main's imports from here too.
import { main } from '../../src/main.js';
import { fakeIO, type FakeOptions } from './fake-io.js';

export async function runMain(args: string[], opts: FakeOptions = {}) {
  const fake = fakeIO(opts);
  const code = await main(args, fake.io);
  return { code, out: fake.out(), err: fake.err() };
}
