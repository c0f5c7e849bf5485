/** 20 MB as the format defines it: 20 × 1024 × 1024 bytes, checked before anything is parsed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The format allows at most 16 ancestors per node. */
export const MAX_ANCESTORS = 16;

/**
 * A valid file nests JSON at most 4 levels deep ($.nodes[i].props.x); anything far deeper is refused
 * before validation, with its location, so no later step ever walks an absurdly deep structure.
 */
export const MAX_JSON_NESTING = 32;
