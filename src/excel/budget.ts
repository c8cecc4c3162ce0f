/**
 * Keeps each sync under Excel's request limit: operations reserve their estimated size before they
 * are queued, and when the next one would not fit the queue is synced first. A plan that fits in one
 * request therefore costs one sync; a large one costs one more per ~5 MB (data written in pieces sized
 * to the room left, see gridWrite.ts, so requests fill up).
 */
import { OP_OVERHEAD_BYTES, WRITE_SYNC_BYTES } from './limits';

export class SyncBudget {
  private used = 0;
  /** Syncs this budget made to make room (not counting the caller's own syncs). */
  flushes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Runs after each sync made to make room (re-suspend calculation, report progress). */
    private readonly afterFlush: () => void = () => undefined,
    private readonly limit: number = WRITE_SYNC_BYTES,
  ) {}

  /** Data bytes one more operation can still carry in the current sync (0 when full). */
  room(): number {
    return Math.max(0, this.limit - this.used - OP_OVERHEAD_BYTES);
  }

  /** Reserves room for `ops` operations carrying `dataBytes` of data in all. */
  async reserve(dataBytes = 0, ops = 1): Promise<void> {
    const need = dataBytes + ops * OP_OVERHEAD_BYTES;
    await this.ensure(need);
    this.used += need;
  }

  /** Syncs what is queued first when `need` more bytes (estimated) would not fit this sync. */
  private async ensure(need: number): Promise<void> {
    if (this.used > 0 && this.used + need > this.limit) await this.flush();
  }

  /** Syncs first unless one more operation carrying `dataBytes` fits this sync. */
  async ensureRoom(dataBytes: number): Promise<void> {
    await this.ensure(dataBytes + OP_OVERHEAD_BYTES);
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
