/** What a command may touch: injectable so tests can run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  isTTY: boolean;
}

export function nodeIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: async (path) => (await import('node:fs/promises')).readFile(path),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Exit codes: 0 fine, 1 invalid data or an error finding, 2 wrong usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A failure to report as one clear line and an exit code, never a stack trace. */
export class CliFailure extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}
