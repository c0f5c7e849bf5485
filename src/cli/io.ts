/** What the CLI touches outside itself, so tests can run it in-process with fakes. */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input as bytes (for FILE `-`). */
  readStdin(): Promise<Uint8Array>;
  /** Size of a file in bytes, or throws (missing, unreadable). */
  fileSize(path: string): number;
  readFile(path: string): Uint8Array;
  /** Replace a file in one step: never a moment where the only copy is half written. */
  writeFileAtomic(path: string, data: string | Uint8Array): void;
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
  fileSize: (path) => statSync(path).size,
  readFile: (path) => new Uint8Array(readFileSync(path)),
  writeFileAtomic,
};
