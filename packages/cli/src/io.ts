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

/** Exit codes: 0 fine, 1 invalid data or an error finding, 2 wrong usage, 130 stopped by Ctrl+C (128 + SIGINT). */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;

/**
 * A failure to report as one clear message and an exit code, never a stack trace. `code` and
 * `path` are for programs (`--json`): `{ error: { code, message, path? } }`, as the HTTP service answers.
 */
export class CliFailure extends Error {
  constructor(message: string, readonly exitCode: number, readonly code: string, readonly path?: string) {
    super(message);
  }
}
