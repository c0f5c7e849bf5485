/** What the CLI touches outside itself, so tests can run it in-process with fakes. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Standard input as bytes (for FILE `-`), at most `maxBytes` of them: reading stops there, so an
   * endless or huge input is never buffered whole (the caller refuses input that reaches the limit).
   */
  readStdin(maxBytes: number): Promise<Uint8Array>;
  /** Size of a file in bytes, or throws (missing, unreadable). */
  fileSize(path: string): number;
  readFile(path: string): Uint8Array;
  /** Replace a file in one step: never a moment where the only copy is half written. */
  writeFileAtomic(path: string, data: string | Uint8Array): void;
  /** Create a folder and its parents when missing (`filing --out DIR`); the real file system when absent. */
  makeDirectory?(path: string): void;
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

/** At most `maxBytes` bytes of a stream; stops reading (and closes the stream) once it has them. */
export async function readStream(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    total += buffer.length;
    if (total >= maxBytes) break;
  }
  return new Uint8Array(Buffer.concat(chunks, Math.min(total, maxBytes)));
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: (maxBytes) => readStream(process.stdin, maxBytes),
  fileSize: (path) => statSync(path).size,
  readFile: (path) => new Uint8Array(readFileSync(path)),
  writeFileAtomic,
  makeDirectory: (path) => void mkdirSync(path, { recursive: true }),
};
