/**
 * Excel's limits and the budgets the adapter keeps under them. Excel on the web refuses a request or a
 * response above 5 MB and any range operation over 5 million cells ("Resource limits and performance
 * optimization for Office Add-ins"); desktop Excel is laxer, the same budgets keep it fast.
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const RANGE_CELL_LIMIT = 5_000_000;

/** What one sync may carry: 1 MB below the limit leaves room for the request envelope. */
export const SYNC_BUDGET_BYTES = 4_000_000;

/** Rows of one sheet are written in pieces of at most this many bytes, so syncs pack well. */
export const WRITE_CHUNK_BYTES = 1_000_000;

/**
 * Conservative JSON size of one read cell (value, quotes, comma): a Vietnamese name of 20 letters is
 * about 30 bytes in UTF-8, a score 4. Used only when a read must be chunked; a chunk that still proves
 * too big is split in two and read again.
 */
export const READ_BYTES_PER_CELL = 32;

/** A row of `getRowProperties({ rowHidden: true })`: {"rowHidden":false}, */
export const ROW_PROPERTIES_BYTES = 24;

/** Estimated envelope of one queued operation (object path, property name, ids). */
export const OP_OVERHEAD_BYTES = 200;

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
