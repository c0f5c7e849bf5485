/**
 * From bytes or a string to a parsed JSON value: size check first, then encoding, then JSON.parse.
 * Every refusal says where (byte offset, or line and column).
 */
import type { JsonSyntaxDetail, ReadError } from './errors.ts';
import { MAX_FILE_BYTES } from '../standard/limits.ts';

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; error: ReadError };

/** UTF-8 byte length of a string without allocating its encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A high surrogate and a low one are one 4-byte character; alone (at the end too: NaN) 3 bytes, U+FFFD.
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  // Past the end bytes[i] is undefined, so a file shorter than two bytes has no byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return true;
  }
  // UTF-16 without a byte-order mark: ASCII text with a zero byte beside every character.
  if (bytes.length >= 4) {
    const evenZero = bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0 && bytes[3] !== 0;
    const oddZero = bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0 && bytes[2] !== 0;
    return evenZero || oddZero;
  }
  return false;
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which no branch takes, so it returns bytes.length as well
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      // A sequence cut off by the end reads 0 there, which is no continuation byte.
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * The refusal of input of `bytes` bytes when that is over the format's size limit, else undefined.
 * Callers that know a file's size before reading it (a file picker, the CLI) ask this first; `atLeast`
 * when reading stopped past the limit, so the real size is not known.
 */
export function sizeRefusal(bytes: number, atLeast = false): ReadError | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return { kind: 'tooLarge', bytes, limit: MAX_FILE_BYTES, ...(atLeast ? { atLeast: true as const } : {}) };
}

/** Bytes of a file to text: size check, UTF-16 and binary detection, UTF-8 byte-order mark dropped. */
export function decodeFileBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: ReadError } {
  const tooLarge = sizeRefusal(bytes.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (looksLikeUtf16(bytes)) return { ok: false, error: { kind: 'utf16' } };
  let text: string;
  try {
    // ignoreBOM: false strips a leading UTF-8 byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: { kind: 'notUtf8', offset: firstInvalidUtf8(bytes) } };
  }
  return { ok: true, text };
}

/** Parse text as JSON. A leading byte-order mark is accepted; the size limit applies to text as well. */
export function parseJsonText(input: string): ParseOutcome {
  // Text of at most a third of the limit in UTF-16 units cannot be over it (3 bytes a unit at most): not measured.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: measuring such text as well gives the same answer
  const tooLarge = input.length * 3 <= MAX_FILE_BYTES ? undefined : sizeRefusal(utf8Length(input));
  if (tooLarge) return { ok: false, error: tooLarge };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return { ok: false, error: { kind: 'binary', offset: nul } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const at = locateJsonError(text);
    const { line, column } = lineAndColumn(text, at.offset);
    const found = at.offset < text.length ? String.fromCodePoint(text.codePointAt(at.offset)!) : undefined;
    const looksLike = looksLikeDrawio(text) ? { looksLike: 'drawio' as const } : {};
    return { ok: false, error: { kind: 'notJson', line, column, detail: at.detail, ...(found !== undefined ? { found } : {}), ...looksLike } };
  }
}

/**
 * A draw.io file (often saved as .drawio or .xml, sometimes picked by mistake): XML whose root is
 * `<mxfile>` (or a bare `<mxGraphModel>`), after an optional XML declaration, doctype and comments.
 */
const DRAWIO_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:mxfile|mxGraphModel)[\s/>]/;

function looksLikeDrawio(text: string): boolean {
  // The root element is near the start; a huge file is not scanned.
  return DRAWIO_START.test(text.slice(0, 4096));
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count code points, as editors do.
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where JSON.parse gave up, and why. Engines word (and position) their syntax errors differently, and
 * some not at all, so the location is found here with an iterative scan of the JSON grammar: no
 * recursion, so a million nested brackets cannot overflow the stack. Only runs after a parse failed.
 */
export function locateJsonError(text: string): { offset: number; detail: JsonSyntaxDetail } {
  const stack: ('{' | '[')[] = [];
  type Mode = 'value' | 'firstValueOrEnd' | 'key' | 'firstKeyOrEnd' | 'afterValue';
  let mode: Mode = 'value';
  let i = 0;
  const n = text.length;
  const fail = (detail: JsonSyntaxDetail, offset = i) => ({ offset, detail });
  const skipWs = () => {
    // Stryker disable next-line EqualityOperator: past the end charCodeAt gives NaN, which is no white space
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const scanString = (): { offset: number; detail: JsonSyntaxDetail } | null => {
    i++; // opening quote
    // Stryker disable next-line EqualityOperator: past the end charCodeAt gives NaN, so the loop steps once more and reports truncated at n as well
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) return fail('truncated', n);
        if ('"\\/bfnrt'.includes(e)) i += 2;
        // The slice holds at most four characters, so four hex digits are all of it.
        else if (e === 'u' && /[0-9a-fA-F]{4}/.test(text.slice(i + 2, i + 6))) i += 6;
        else return fail('badEscape');
      } else if (c < 0x20) return fail('controlChar');
      else i++;
    }
    return fail('truncated', n);
  };

  for (;;) {
    skipWs();
    if (mode === 'afterValue' && stack.length === 0) return i < n ? fail('trailing') : fail('unknown');
    if (i >= n) return fail('truncated', n);
    const c = text[i]!;
    if (mode === 'value' || mode === 'firstValueOrEnd') {
      if (mode === 'firstValueOrEnd' && c === ']') {
        i++;
        stack.pop();
        mode = 'afterValue';
      } else if (c === '{') {
        stack.push('{');
        i++;
        mode = 'firstKeyOrEnd';
      } else if (c === '[') {
        stack.push('[');
        i++;
        mode = 'firstValueOrEnd';
      } else if (c === '"') {
        const err = scanString();
        if (err) return err;
        mode = 'afterValue';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) return fail('badNumber');
        i += m[0].length;
        mode = 'afterValue';
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) return fail('unexpected');
        i += word.length;
        mode = 'afterValue';
      }
    } else if (mode === 'key' || mode === 'firstKeyOrEnd') {
      if (mode === 'firstKeyOrEnd' && c === '}') {
        i++;
        stack.pop();
        mode = 'afterValue';
        continue;
      }
      if (c !== '"') return fail('unexpected');
      const err = scanString();
      if (err) return err;
      skipWs();
      if (i >= n) return fail('truncated', n);
      if (text[i] !== ':') return fail('unexpected');
      i++;
      mode = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (c === ',') {
        i++;
        mode = top === '{' ? 'key' : 'value';
      } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
        i++;
        stack.pop();
      } else return fail('unexpected');
    }
  }
}
