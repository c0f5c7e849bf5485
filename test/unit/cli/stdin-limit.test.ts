/** Standard input is read only up to the size limit, and refused past it like a file. */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readStream, writeFileAtomic, type CliIo } from '../../../src/cli/io.ts';
import { runCli } from '../../../src/cli/main.ts';
import { MAX_FILE_BYTES } from '../../../src/core/standard/limits.ts';

const MB = 1024 * 1024;

/** An endless stream of 1 MB chunks, counting how many were taken. */
function endless(): { stream: Readable; taken: () => number } {
  let taken = 0;
  const stream = new Readable({
    read() {
      taken++;
      this.push(Buffer.alloc(MB, 0x20));
    },
  });
  return { stream, taken: () => taken };
}

function io(stdin: (maxBytes: number) => Promise<Uint8Array>, files: { [path: string]: number } = {}) {
  let err = '';
  const fake: CliIo = {
    stdout: () => undefined,
    stderr: (t) => void (err += t),
    readStdin: stdin,
    fileSize: (p) => files[p] ?? readFileSync(p).length,
    readFile: (p) => new Uint8Array(readFileSync(p)),
    writeFileAtomic,
  };
  return { fake, err: () => err };
}

describe('reading standard input', () => {
  it('stops at the limit it is given, even on endless input', async () => {
    const { stream, taken } = endless();
    const bytes = await readStream(stream, MAX_FILE_BYTES + 1);
    expect(bytes.length).toBe(MAX_FILE_BYTES + 1);
    // 21 chunks of 1 MB reach the limit; a few more may have been buffered by the stream, not all of them.
    expect(taken()).toBeLessThan(25);
    expect(stream.destroyed).toBe(true);
  });

  it('returns short input whole', async () => {
    expect(new TextDecoder().decode(await readStream(Readable.from(['{"a"', ': 1}']), 100))).toBe('{"a": 1}');
  });

  it('asks for one byte more than the limit and refuses input that fills it, exit 2', async () => {
    const asked: number[] = [];
    const { fake, err } = io(async (maxBytes) => {
      asked.push(maxBytes);
      return readStream(endless().stream, maxBytes);
    });
    const code = await runCli(['check', '-', '--lang', 'en'], fake);
    expect(asked).toEqual([MAX_FILE_BYTES + 1]);
    expect(code).toBe(2);
    expect(err()).toBe('stdin: The input is larger than the limit of 20 MB.\n');
  });

  it('refuses a file over the limit before reading it, with the same words as the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlps-cli-'));
    const path = join(dir, 'big.mlps.json');
    writeFileSync(path, '{}');
    const { fake, err } = io(async () => new Uint8Array(), { [path]: 25 * MB });
    const code = await runCli(['check', path, '--lang', 'en'], fake);
    expect(code).toBe(2);
    expect(err()).toBe(`${path}: The file is too large (25.0 MB); the limit is 20 MB.\n`);
  });
});
