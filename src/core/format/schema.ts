/**
 * The structure of a version-2 document, as zod schemas: types, required and optional fields, unknown
 * keys refused everywhere, value ranges and formats. What needs the catalog or the whole graph (product
 * ids, which props a product takes, ids, parents, edge ends) is checked afterwards in `references.ts`.
 */
import * as z from 'zod/mini';
import {
  BACKUP_MODES, CERTIFICATE_TYPES, CURRENT_SCHEMA_VERSION, DIAGRAM_FORMAT, EDGE_KINDS, ENCRYPTION_MODES, LEVELS, PLATFORMS,
  PROTOCOLS, ZONE_IMPORTANCES, ZONE_KINDS, type Diagram,
} from '../model/types.ts';
import { ID_PATTERN } from '../model/ids.ts';
import { parseCidr } from './cidr.ts';
import {
  MAX_CERTIFICATE_NUMBER_LENGTH, MAX_ISSUER_LENGTH, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, MAX_PURPOSE_LENGTH, MAX_REASON_LENGTH,
  MAX_SPEC_LENGTH, MAX_TITLE_LENGTH, PORT_RANGE, QUANTITY_RANGE, RETENTION_DAYS_RANGE, type IntRange,
} from '../standard/limits.ts';
import { codePointLength, isCalendarDate } from '../standard/text.ts';

import '../model/zod-config.ts';

const REGION_ID_PATTERN = /^[a-z0-9-]+$/;

/** A string whose length in code points lies in [min, max]. */
function text(min: number, max: number) {
  return z.string().check(z.superRefine((value, ctx) => {
    const length = codePointLength(value);
    if (length < min) ctx.addIssue({ code: 'custom', input: value, params: { issue: 'emptyText' } });
    else if (length > max) ctx.addIssue({ code: 'custom', input: value, params: { issue: 'tooLong', max, length } });
  }));
}

function pattern(regex: RegExp, issue: 'badId' | 'badRegionId') {
  return z.string().check(z.superRefine((value, ctx) => {
    if (!regex.test(value)) ctx.addIssue({ code: 'custom', input: value, params: { issue } });
  }));
}

/**
 * An integer in [min, max]. Not `z.int()`: that adds zod's own safe-integer bounds, so 1e20 would be
 * refused twice at one place, once with a range that has no lower end.
 */
function intRange({ min, max }: IntRange) {
  return z.number().check(z.superRefine((value, ctx) => {
    if (!Number.isInteger(value)) ctx.addIssue({ code: 'custom', input: value, params: { issue: 'notInteger' } });
    else if (value < min || value > max) ctx.addIssue({ code: 'custom', input: value, params: { issue: 'outOfRange', min, max } });
  }));
}

const positive = z.number().check(z.superRefine((value, ctx) => {
  if (!(value > 0)) ctx.addIssue({ code: 'custom', input: value, params: { issue: 'notPositive' } });
}));

const id = pattern(ID_PATTERN, 'badId');

const calendarDate = z.string().check(z.superRefine((value, ctx) => {
  if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', input: value, params: { issue: 'badDate' } });
}));

const cidr = z.string().check(z.superRefine((value, ctx) => {
  const parsed = parseCidr(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', input: value, params: { issue: parsed.problem === 'hostBits' ? 'cidrHostBits' : 'badCidr' } });
}));

const meta = z.strictObject({
  title: text(1, MAX_TITLE_LENGTH),
  level: z.literal([...LEVELS]),
  platform: z.enum(PLATFORMS),
  organization: z.optional(z.string()),
  author: z.optional(z.string()),
  version: z.optional(z.string()),
  date: z.optional(calendarDate),
  description: z.optional(z.string()),
});

const position = z.strictObject({ x: z.number(), y: z.number() });
const size = z.strictObject({ width: positive, height: positive });

const zoneNode = z.strictObject({
  id,
  kind: z.literal('zone'),
  zone: z.enum(ZONE_KINDS),
  position,
  size,
  label: z.optional(text(0, MAX_LABEL_LENGTH)),
  parent: z.optional(id),
  props: z.optional(
    z.strictObject({
      cidr: z.optional(cidr),
      regionId: z.optional(pattern(REGION_ID_PATTERN, 'badRegionId')),
      purpose: z.optional(text(1, MAX_PURPOSE_LENGTH)),
      importance: z.optional(z.enum(ZONE_IMPORTANCES)),
    }),
  ),
});

const productProps = z.strictObject({
  edition: z.optional(z.string()),
  spec: z.optional(text(0, MAX_SPEC_LENGTH)),
  multiAZ: z.optional(z.boolean()),
  publicIp: z.optional(z.boolean()),
  encryption: z.optional(z.enum(ENCRYPTION_MODES)),
  ssl: z.optional(z.boolean()),
  localBackup: z.optional(z.boolean()),
  sqlAudit: z.optional(z.boolean()),
  mfa: z.optional(z.boolean()),
  retentionDays: z.optional(intRange(RETENTION_DAYS_RANGE)),
  important: z.optional(z.boolean()),
  personalData: z.optional(z.boolean()),
});

const productNode = z.strictObject({
  id,
  kind: z.literal('product'),
  product: z.string(),
  position,
  label: z.optional(text(0, MAX_LABEL_LENGTH)),
  parent: z.optional(id),
  quantity: z.optional(intRange(QUANTITY_RANGE)),
  props: z.optional(productProps),
});

const edge = z.strictObject({
  id,
  source: id,
  target: id,
  kind: z.enum(EDGE_KINDS),
  protocol: z.optional(z.enum(PROTOCOLS)),
  port: z.optional(intRange(PORT_RANGE)),
  encrypted: z.optional(z.boolean()),
  mode: z.optional(z.enum(BACKUP_MODES)),
  label: z.optional(text(0, MAX_LABEL_LENGTH)),
});

const waiver = z.strictObject({ rule: z.string(), target: z.optional(id), reason: text(1, MAX_REASON_LENGTH) });
const manual = z.strictObject({ item: z.string(), done: z.boolean(), note: z.optional(text(0, MAX_NOTE_LENGTH)) });
const certificate = z.strictObject({
  product: z.string(),
  edition: z.optional(z.string()),
  type: z.enum(CERTIFICATE_TYPES),
  number: text(1, MAX_CERTIFICATE_NUMBER_LENGTH),
  issuer: z.optional(text(0, MAX_ISSUER_LENGTH)),
  validUntil: z.optional(calendarDate),
  note: z.optional(text(0, MAX_NOTE_LENGTH)),
});

export const diagramSchema = z.strictObject({
  format: z.literal(DIAGRAM_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta,
  nodes: z.array(z.discriminatedUnion('kind', [zoneNode, productNode])),
  edges: z.array(edge),
  waivers: z.optional(z.array(waiver)),
  manual: z.optional(z.array(manual)),
  certificates: z.optional(z.array(certificate)),
});

// The schema and the hand-written model types must describe the same thing.
type SchemaOutput = z.output<typeof diagramSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesModel: Same<SchemaOutput, Diagram> = true;
void _schemaMatchesModel;
