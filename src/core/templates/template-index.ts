/**
 * The gallery's list of reference templates (templates/index.json): for each, its file, zh/en name
 * and description, the level it meets, the platform, the products it includes (catalog ids, for the
 * gallery's "includes" line) and a few highlights. Checked on load, like everything read from disk.
 */
import * as z from 'zod/mini';
import { LEVELS, PLATFORMS, type Level, type Platform } from '../model/types.ts';
import type { Localized } from '../model/localized.ts';

export interface TemplateInfo {
  id: string;
  /** The diagram file, beside index.json. */
  file: string;
  name: Localized;
  description: Localized;
  level: Level;
  platform: Platform;
  /** Product ids the template holds (external actors left out), in flow order. */
  includes: string[];
  highlights: { zh: string[]; en: string[] };
}

const localized = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const templateInfo = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  file: z.string().check(z.regex(/^[a-z0-9-]+\.mlps\.json$/)),
  name: localized,
  description: localized,
  level: z.union(LEVELS.map((l) => z.literal(l))),
  platform: z.enum(PLATFORMS),
  includes: z.array(z.string().check(z.minLength(1))),
  highlights: z.strictObject({ zh: z.array(z.string().check(z.minLength(1))), en: z.array(z.string().check(z.minLength(1))) }),
});

/** The index as read from templates/index.json; throws with zod's issues when it is malformed. */
export function parseTemplateIndex(value: unknown): TemplateInfo[] {
  return z.array(templateInfo).parse(value) as TemplateInfo[];
}
