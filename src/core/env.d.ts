// The pure core runs in browsers, workers and Node alike. It is type-checked without the DOM and Node
// libraries (tsconfig.core.json), so the few host APIs every one of those runtimes has are declared here.

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare function structuredClone<T>(value: T): T;
