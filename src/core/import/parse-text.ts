/**
 * Text of an infrastructure file → a parsed value: the size limit first (the diagram format's 20 MB,
 * before any parsing), then JSON, else YAML with the `yaml` package's alias limit kept on (a "billion
 * laughs" document is refused, not expanded). Refusals carry a location (line and column).
 */
import { isMap, isScalar, isSeq, parseDocument, type CollectionTag, type ScalarTag } from 'yaml';
import { lineAndColumn, utf8Length } from '../format/json-text.ts';
import { MAX_FILE_BYTES } from '../standard/limits.ts';
import type { ImportError } from './types.ts';

export type ParsedText = { ok: true; value: unknown; syntax: 'json' | 'yaml' } | { ok: false; errors: ImportError[] };

/** Aliases a YAML document may expand; the `yaml` package's own default, kept explicit. */
export const MAX_YAML_ALIASES = 100;

/** ROS's short forms in YAML (`!Ref X`, `!GetAtt X.Y`, `!Join [...]`) read as their long forms. */
const SHORT_FUNCTIONS = ['Ref', 'GetAtt', 'Join', 'Sub', 'Select', 'If', 'Equals', 'Not', 'And', 'Or', 'Base64', 'GetAZs', 'Split', 'Replace', 'FindInMap', 'GetJsonValue', 'Str', 'Index', 'Length', 'ListMerge', 'Jq', 'Add', 'Avg', 'Calculate', 'MergeMapToList', 'SelectMapList', 'Contains', 'Any', 'EachMemberIn', 'MatchPattern'];

function longName(name: string): string {
  return name === 'Ref' ? 'Ref' : `Fn::${name}`;
}

const ROS_TAGS: (ScalarTag | CollectionTag)[] = SHORT_FUNCTIONS.flatMap((name): (ScalarTag | CollectionTag)[] => [
  {
    tag: `!${name}`,
    resolve: (value: string) => ({ [longName(name)]: name === 'GetAtt' ? value.split('.') : value }),
  },
  {
    tag: `!${name}`,
    collection: 'seq',
    resolve: (seq) => ({ [longName(name)]: seq.toJSON() }),
  },
  {
    tag: `!${name}`,
    collection: 'map',
    resolve: (map) => ({ [longName(name)]: map.toJSON() }),
  },
]);

export function sizeError(text: string): ImportError | undefined {
  if (text.length * 3 <= MAX_FILE_BYTES) return undefined;
  const bytes = utf8Length(text);
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return { key: 'import.error.tooLarge', params: { bytes, limit: MAX_FILE_BYTES }, location: { kind: 'file' } };
}

function jsonErrorAt(text: string, error: unknown): ImportError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const { line, column } = lineAndColumn(text, offset);
  return { key: 'import.error.notJson', params: { line, column }, location: { kind: 'line', line, column } };
}

export function parseInfraText(input: string): ParsedText {
  const tooLarge = sizeError(input);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, errors: [{ key: 'import.error.empty', params: {}, location: { kind: 'file' } }] };
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      return { ok: true, value: JSON.parse(text) as unknown, syntax: 'json' };
    } catch (error) {
      return { ok: false, errors: [jsonErrorAt(text, error)] };
    }
  }
  const doc = parseDocument(text, { customTags: ROS_TAGS, uniqueKeys: true, prettyErrors: false, strict: true, merge: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 5).map((e) => {
        const pos = e.linePos?.[0];
        const line = pos?.line ?? 1;
        const column = pos?.col ?? 1;
        return { key: 'import.error.notYaml' as const, params: { line, column, code: e.code }, location: { kind: 'line' as const, line, column } };
      }),
    };
  }
  if (!isMap(doc.contents) && !isSeq(doc.contents) && !isScalar(doc.contents)) {
    return { ok: false, errors: [{ key: 'import.error.empty', params: {}, location: { kind: 'file' } }] };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown, syntax: 'yaml' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return { ok: false, errors: [{ key: 'import.error.yamlAliases', params: { limit: MAX_YAML_ALIASES }, location: { kind: 'file' } }] };
    }
    return { ok: false, errors: [{ key: 'import.error.notYaml', params: { line: 1, column: 1, code: 'toJS' }, location: { kind: 'file' } }] };
  }
}
