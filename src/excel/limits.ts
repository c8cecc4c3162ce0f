/**
 * Excel's limits and the budgets the adapter keeps under them. Excel on the web refuses a request or a
 * response above 5 MB and any range operation over 5 million cells ("Resource limits and performance
 * optimization for Office Add-ins"); desktop Excel is laxer, the same budgets keep it fast.
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const RANGE_CELL_LIMIT = 5_000_000;

/** What one read sync may ask for, as estimated (see readChunks.ts): ~390 KB below the limit. */
export const SYNC_BUDGET_BYTES = 4_850_000;

/**
 * What one write sync may carry, as estimated: the data as JSON (exactly what travels) + OP_OVERHEAD_BYTES
 * per operation (more than the simulator measures per operation). Cell data is cut to fill each request
 * to this size: ~390 KB below 5 MiB (and 150 KB below 5,000,000 bytes, should "5 MB" mean that) is left
 * for the request envelope; a sync of many small operations stays lower still, as their overhead is
 * over-estimated. The same figure as the read budget.
 */
export const WRITE_SYNC_BYTES = 4_850_000;

/** Largest piece of cells one write operation carries (pieces are also cut to the room left in a sync). */
export const WRITE_CHUNK_BYTES = 1_000_000;

/**
 * JSON size of one read cell (value, quotes, comma) assumed for the first values sync, before any was
 * measured: a Vietnamese name of 20 letters is about 30 bytes in UTF-8, a score 2–4, an empty cell 3
 * (""); the generated issue workbook averages about 5 on its score sheets and 12 overall. Later syncs
 * use the size measured so far (per used range once some of its rows were read) plus READ_MARGIN; a
 * response that still proves too big is retried piece by piece, then by halves.
 */
export const READ_BYTES_PER_CELL = 12;

/** Safety margin on the measured size per cell. */
export const READ_MARGIN = 0.03;

/** What one values response may carry: Excel on the web refuses above PAYLOAD_LIMIT_BYTES (5 MiB = 5,242,880 bytes); the rest is room for the envelope. */
export const READ_SYNC_BYTES = 5_100_000;

/** JSON around one piece of values in a response (object path, property name). */
export const PIECE_ENVELOPE_BYTES = 200;

/** A row of `getRowProperties({ rowHidden: true })`: {"rowHidden":false}, */
export const ROW_PROPERTIES_BYTES = 24;

/** Estimated envelope of one queued operation (object path, property name, ids). */
export const OP_OVERHEAD_BYTES = 200;

/**
 * Most rows one area of a row-format operation (row heights) spans. Excel itself takes whole columns;
 * the strict simulator refuses row heights over more than 100,000 rows at once, so longer runs are cut.
 */
export const MAX_FORMAT_ROWS = 50_000;

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
