/**
 * Keeps each sync under Excel's request limit: operations reserve their estimated size before they
 * are queued, and when the next one would not fit the queue is synced first. A plan that fits in one
 * request therefore costs one sync; a large one costs one more per ~4 MB.
 */
import { OP_OVERHEAD_BYTES, SYNC_BUDGET_BYTES } from './limits';

export class SyncBudget {
  private used = 0;
  /** Syncs this budget made to make room (not counting the caller's own syncs). */
  flushes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Runs after each sync made to make room (re-suspend calculation, report progress). */
    private readonly afterFlush: () => void = () => undefined,
    private readonly limit: number = SYNC_BUDGET_BYTES,
  ) {}

  /** Reserves room for `ops` operations carrying `dataBytes` of data in all. */
  async reserve(dataBytes = 0, ops = 1): Promise<void> {
    const need = dataBytes + ops * OP_OVERHEAD_BYTES;
    if (this.used > 0 && this.used + need > this.limit) await this.flush();
    this.used += need;
  }

  /** Syncs what is queued (the caller's final sync resets the budget with `reset`). */
  async flush(): Promise<void> {
    await this.context.sync();
    this.flushes++;
    this.used = 0;
    this.afterFlush();
  }

  reset(): void {
    this.used = 0;
  }
}

/** UTF-8 size of a value as JSON, as it travels in a request. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? 'null';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/**
 * Splits rows into consecutive pieces of at most `maxBytes` (by each row's size) and `maxCells` cells.
 * A row larger than `maxBytes` forms a piece of its own. Returns [start, end) pairs.
 */
export function rowChunks(rowBytes: readonly number[], cols: number, maxBytes: number, maxCells: number): [number, number][] {
  const out: [number, number][] = [];
  const maxRows = Math.max(1, Math.floor(maxCells / Math.max(1, cols)));
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < rowBytes.length; r++) {
    const b = rowBytes[r]!;
    if (r > start && (bytes + b > maxBytes || r - start >= maxRows)) {
      out.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += b;
  }
  if (rowBytes.length > start) out.push([start, rowBytes.length]);
  return out;
}
