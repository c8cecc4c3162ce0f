/**
 * The request context: proxies queue operations; `sync()` sends them as one request, applies them in
 * order and answers the loads. Like Excel, a batch is not a transaction: when an operation fails, the
 * operations before it stay applied, it and the rest are dropped, and `sync()` rejects. Every sync is
 * counted and measured (request = JSON of the queued operations, response = JSON of the loaded data);
 * either above 5 MB is refused as Excel on the web does (a request before anything is applied, a
 * response after the operations ran). `trace(message)` queues a marker: when a sync fails, its error's
 * `traceMessages` lists the markers that ran before the failure, as Office.js reports them.
 */
import { PAYLOAD_LIMIT_BYTES, SimError } from './errors';
import { jsonBytes } from './utf8';
import type { WorkbookModel } from './workbookModel';
import type { AnyProxy } from './clientObject';

export type OpKind = 'load' | 'set' | 'call' | 'resolve';

/** What a failure rule sees of an operation. */
export interface OpInfo {
  readonly kind: OpKind;
  readonly name: string;
  readonly path: string;
  /** The sheet the operation acts on, when there is one (after resolution). */
  readonly sheet?: string;
}

export interface Op {
  readonly kind: OpKind;
  readonly name: string;
  readonly owner: AnyProxy;
  readonly describe: unknown;
  readonly apply: () => void;
}

export interface SyncStat {
  readonly index: number;
  requestBytes: number;
  responseBytes: number;
  readonly ops: number;
  calcSuspended: boolean;
  failed?: string;
}

export interface FailureRule {
  readonly match: (op: OpInfo) => boolean;
  readonly code: 'GeneralException' | 'InvalidOperation' | 'AccessDenied';
  readonly message: string;
  remaining: number;
}

/** What the context needs from the simulator that owns it. */
export interface SimHost {
  readonly model: WorkbookModel;
  readonly stats: SyncStat[];
  readonly failures: FailureRule[];
}

interface Txn {
  readonly loads: { obj: AnyProxy; name: string; value: unknown }[];
  readonly resolved: AnyProxy[];
  readonly traces: string[];
  calcSuspended: boolean;
}

export class SimContext {
  private queue: Op[] = [];
  private txn: Txn | null = null;
  /** Set by the simulator right after construction (the proxies need the context first). */
  workbook!: unknown;
  application!: unknown;

  constructor(readonly host: SimHost) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  get pendingOps(): number {
    return this.queue.length;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** `context.trace`: a marker that travels with the request and is reported if a later operation fails. */
  trace(message: string): void {
    const owner = this.workbook as AnyProxy;
    this.enqueue({ kind: 'call', name: 'trace', owner, describe: { trace: message }, apply: () => void this.current().traces.push(message) });
  }

  /** Inside a sync: the transaction the current operation belongs to. */
  current(): Txn {
    if (!this.txn) throw new Error('Simulator bug: an operation ran outside sync().');
    return this.txn;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const ids = compactPaths(ops.map((o) => o.owner._path));
    const requestBytes = ids.bytes + jsonBytes(ops.map((o) => withId(o.describe, ids.of)));
    const stat: SyncStat = { index: this.host.stats.length + 1, requestBytes, responseBytes: 0, ops: ops.length, calcSuspended: false };
    this.host.stats.push(stat);
    if (stat.requestBytes > PAYLOAD_LIMIT_BYTES) {
      stat.failed = 'RequestPayloadSizeLimitExceeded';
      // Nothing ran, so no trace message is reported.
      throw new SimError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${stat.requestBytes} bytes).`);
    }
    const txn: Txn = { loads: [], resolved: [], traces: [], calcSuspended: false };
    this.txn = txn;
    let location = '';
    try {
      for (const op of ops) {
        location = `${op.owner._path}.${op.name}`;
        this.checkFailure(op);
        op.apply();
      }
    } catch (e) {
      stat.failed = e instanceof SimError ? e.code : 'GeneralException';
      if (!(e instanceof SimError)) throw e;
      const failure = new SimError(e.code, e.message, location);
      failure.traceMessages = [...txn.traces];
      throw failure;
    } finally {
      this.txn = null;
    }
    stat.calcSuspended = txn.calcSuspended;
    // Loads answer by the object's id (an object reached only through a load, by its parent's id and its step).
    const response = txn.loads.map((l) => ({ p: shortPath(l.obj._path, ids.of), n: l.name, v: l.value }));
    stat.responseBytes = jsonBytes(response);
    if (stat.responseBytes > PAYLOAD_LIMIT_BYTES) {
      stat.failed = 'ResponsePayloadSizeLimitExceeded';
      const failure = new SimError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${stat.responseBytes} bytes).`);
      failure.traceMessages = [...txn.traces];
      throw failure;
    }
    for (const l of txn.loads) l.obj._commit(l.name, l.value);
    for (const o of txn.resolved) o._commitNull();
  }

  private checkFailure(op: Op): void {
    const rules = this.host.failures;
    if (rules.length === 0) return;
    const info: OpInfo = { kind: op.kind, name: op.name, path: op.owner._path, sheet: op.owner._sheetName() };
    const rule = rules.find((r) => r.remaining > 0 && r.match(info));
    if (!rule) return;
    rule.remaining--;
    throw new SimError(rule.code, rule.message);
  }
}

/**
 * A path as the response names it: the id of its longest prefix that the request named, then the rest.
 */
function shortPath(p: string, of: ReadonlyMap<string, number>): string | number {
  const id = of.get(p);
  if (id !== undefined) return id;
  for (let i = p.lastIndexOf('.'); i > 0; i = p.lastIndexOf('.', i - 1)) {
    const prefix = of.get(p.slice(0, i));
    if (prefix !== undefined) return `${prefix}${p.slice(i)}`;
  }
  return p;
}

/**
 * Office.js sends each object path of a request once, as { id, parent id, step }, and refers to it by id
 * in actions; the response names objects by id. Returns the ids and the bytes of the path table: for each
 * distinct path, the step after its longest prefix that is another path of the request (or the whole
 * path), plus a small envelope.
 */
function compactPaths(paths: readonly string[]): { of: Map<string, number>; bytes: number } {
  const of = new Map<string, number>();
  for (const p of paths) if (!of.has(p)) of.set(p, of.size + 1);
  let bytes = 0;
  for (const p of of.keys()) {
    let step = p;
    for (let i = p.lastIndexOf('.'); i > 0; i = p.lastIndexOf('.', i - 1)) {
      if (of.has(p.slice(0, i))) {
        step = p.slice(i + 1);
        break;
      }
    }
    bytes += jsonBytes(step) + 24;
  }
  return { of, bytes };
}

function withId(describe: unknown, of: ReadonlyMap<string, number>): unknown {
  if (describe === null || typeof describe !== 'object') return describe;
  const d = describe as { p?: unknown };
  return typeof d.p === 'string' && of.has(d.p) ? { ...d, p: of.get(d.p) } : describe;
}
