/**
 * Value types of the product props of file-format version 1, for checking the catalog's defaults
 * (the file reader checks documents with the schema in `format/schema.ts`).
 */
import { ENCRYPTION_MODES, type ProductPropName } from '../model/types.ts';

interface PropType {
  describe: string;
  accepts(value: unknown): boolean;
}

const bool: PropType = { describe: 'a boolean', accepts: (v) => typeof v === 'boolean' };

export const PROP_TYPES: Record<ProductPropName, PropType> = {
  edition: { describe: 'an edition id', accepts: (v) => typeof v === 'string' },
  spec: { describe: 'a string of at most 100 characters', accepts: (v) => typeof v === 'string' && Array.from(v).length <= 100 },
  multiAZ: bool,
  publicIp: bool,
  encryption: { describe: ENCRYPTION_MODES.join(' | '), accepts: (v) => (ENCRYPTION_MODES as readonly unknown[]).includes(v) },
  ssl: bool,
  localBackup: bool,
  sqlAudit: bool,
  mfa: bool,
  retentionDays: { describe: 'an integer from 1 to 3650', accepts: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 3650 },
  important: bool,
  personalData: bool,
};
