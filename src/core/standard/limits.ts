/** 20 MB as the format defines it: 20 × 1024 × 1024 bytes, checked before anything is parsed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The format allows at most 16 ancestors per node. */
export const MAX_ANCESTORS = 16;

/**
 * A valid file nests JSON at most 4 levels deep ($.nodes[i].props.x); anything far deeper is refused
 * before validation, with its location, so no later step ever walks an absurdly deep structure.
 */
export const MAX_JSON_NESTING = 32;

/*
 * Lengths of the format's text fields, in code points (see `codePointLength`), and the ranges of its
 * numbers. The schema, the catalog's prop checks and every editing field use these, so the app can
 * never store a value its own reader refuses.
 */

/** 系统名称 (meta.title): 1 to this many characters. */
export const MAX_TITLE_LENGTH = 200;
/** The label of a node or a connection. */
export const MAX_LABEL_LENGTH = 200;
/** A product's `spec` prop. */
export const MAX_SPEC_LENGTH = 100;
/** The reason of a waiver (required: 1 to this many characters). */
export const MAX_REASON_LENGTH = 1000;
/** The note of a manual check item, and of a certificate. */
export const MAX_NOTE_LENGTH = 1000;
/** A security zone's `purpose` (v2, 1 to this many characters). */
export const MAX_PURPOSE_LENGTH = 500;
/** A certificate's `number` (v2, required: 1 to this many characters). */
export const MAX_CERTIFICATE_NUMBER_LENGTH = 100;
/** A certificate's `issuer` (v2). */
export const MAX_ISSUER_LENGTH = 200;

export interface IntRange {
  readonly min: number;
  readonly max: number;
}

/** A product's `retentionDays` prop. */
export const RETENTION_DAYS_RANGE: IntRange = { min: 1, max: 3650 };
/** A product node's `quantity`. */
export const QUANTITY_RANGE: IntRange = { min: 1, max: 10000 };
/** A connection's `port`. */
export const PORT_RANGE: IntRange = { min: 1, max: 65535 };
