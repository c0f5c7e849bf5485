/** A resource as a source reader hands it to the mapping: scrubbed values and its references. */
export interface RawResource {
  address: string;
  /** Address without its `count`/`for_each` index. */
  group: string;
  type: string;
  /** Values without secrets; unknown values (a plan's ids) are absent. */
  values: Record<string, unknown>;
  /** Top-level attribute name → addresses it refers to (plan configuration references, ROS Ref/GetAtt). */
  attrRefs: Record<string, string[]>;
  /** The provider's id, when known (state). */
  id?: string;
  /** Region given by the source (a plan's provider configuration). */
  region?: string;
}

export interface RawRead {
  document: 'state' | 'plan' | 'template';
  formatVersion: string;
  resources: RawResource[];
  secretsDropped: number;
  warnings: import('./types.ts').ImportError[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
