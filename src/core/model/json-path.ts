/** A location inside a JSON document, shared by the file reader and the catalog's own checks. */
export type JsonPath = readonly (string | number)[];

/** `$.nodes[3].props.edition`: the JSON path users and support staff can follow. */
export function formatPath(path: JsonPath): string {
  let out = '$';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`;
  }
  return out;
}
