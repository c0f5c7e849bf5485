import { mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic, type CliIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';

/** Run the CLI in-process with real files and captured output (standard input given as text). */
export async function runCliCaptured(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => new TextEncoder().encode(stdin),
    fileSize: (p) => readFileSync(p).length,
    readFile: (p) => new Uint8Array(readFileSync(p)),
    writeFileAtomic,
    makeDirectory: (p) => void mkdirSync(p, { recursive: true }),
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}
