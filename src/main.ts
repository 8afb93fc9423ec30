// The process edge: argv in, exit code out. STUB: to be written (commander wiring in src/cli/).
export interface IO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export async function main(_argv: string[], _io?: IO): Promise<number> {
  return 0;
}
