/**
 * Value types of the product props of file-format version 1, for checking the catalog's defaults
 * (the file reader checks documents with the schema in `format/schema.ts`).
 */
import { MAX_SPEC_LENGTH, RETENTION_DAYS_RANGE } from '../standard/limits.ts';
import { codePointLength } from '../standard/text.ts';
import { ENCRYPTION_MODES, type ProductPropName } from '../model/types.ts';

interface PropType {
  describe: string;
  accepts(value: unknown): boolean;
}

const bool: PropType = { describe: 'a boolean', accepts: (v) => typeof v === 'boolean' };

export const PROP_TYPES: Record<ProductPropName, PropType> = {
  edition: { describe: 'an edition id', accepts: (v) => typeof v === 'string' },
  spec: { describe: `a string of at most ${MAX_SPEC_LENGTH} characters`, accepts: (v) => typeof v === 'string' && codePointLength(v) <= MAX_SPEC_LENGTH },
  multiAZ: bool,
  publicIp: bool,
  encryption: { describe: ENCRYPTION_MODES.join(' | '), accepts: (v) => (ENCRYPTION_MODES as readonly unknown[]).includes(v) },
  ssl: bool,
  localBackup: bool,
  sqlAudit: bool,
  mfa: bool,
  retentionDays: {
    describe: `an integer from ${RETENTION_DAYS_RANGE.min} to ${RETENTION_DAYS_RANGE.max}`,
    accepts: (v) => Number.isInteger(v) && (v as number) >= RETENTION_DAYS_RANGE.min && (v as number) <= RETENTION_DAYS_RANGE.max,
  },
  important: bool,
  personalData: bool,
};
