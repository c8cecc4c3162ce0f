/**
 * Proxy objects. A proxy names a workbook object by the path that created it; the path is resolved on
 * the "host" the first time an operation of a sync touches it, and the object it found is kept (as
 * Excel keeps an object's identity: a sheet got by name stays that sheet after a rename). A property
 * can be read only after it was loaded and a sync answered the load; writes are queued and reach the
 * workbook at sync. The simulator is stricter than Office.js in one place: a property that was only
 * set, never loaded, cannot be read back (Office.js echoes the set value locally).
 */
import type { SimContext, OpKind } from './context';
import { PropertyNotLoadedError, SimError } from './errors';

export interface PropDef<T> {
  readonly get?: (target: T) => unknown;
  readonly set?: (target: T, value: unknown) => void;
  /** ExcelApi version the property needs ("1.7"). */
  readonly requires?: string;
}
export type Props<T> = Readonly<Record<string, PropDef<T>>>;

export type Paths = string[][] | 'all';

/** What the context and parents need of any proxy, whatever object it stands for. */
export interface AnyProxy {
  readonly _path: string;
  _applyLoad(paths: Paths): void;
  _commit(name: string, value: unknown): void;
  _commitNull(): void;
  _sheetName(): string | undefined;
}

/** load("a,b/c"), load(["a", "b"]), load({ select, expand }), load({ a: true, b: { c: true } }), load(). */
export function parseLoadSpec(spec: unknown): Paths {
  if (spec === undefined || spec === null) return 'all';
  const split = (s: string): string[][] => s.split(',').map((p) => p.trim()).filter((p) => p !== '').map((p) => p.split('/').map((x) => x.trim()));
  if (typeof spec === 'string') return split(spec);
  if (Array.isArray(spec)) return spec.flatMap((s) => split(String(s)));
  if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if (o.$all === true) return 'all';
    if ('select' in o || 'expand' in o) return [...split(String(o.select ?? '')), ...split(String(o.expand ?? ''))];
    const out: string[][] = [];
    const walk = (obj: Record<string, unknown>, prefix: string[]): void => {
      for (const [k, v] of Object.entries(obj)) {
        if (k.startsWith('$')) continue;
        if (v === true) out.push([...prefix, k]);
        else if (typeof v === 'object' && v !== null) walk(v as Record<string, unknown>, [...prefix, k]);
      }
    };
    walk(o, []);
    return out;
  }
  throw new SimError('InvalidArgument', `The argument is invalid: load(${String(spec)}).`);
}

export abstract class SimObject<T> implements AnyProxy {
  private readonly loaded = new Map<string, unknown>();
  private res: { t: T | null } | undefined;
  private nullKnown: boolean | undefined;
  static props: Props<never> = {};

  constructor(readonly _ctx: SimContext, readonly _path: string) {}

  get context(): SimContext {
    return this._ctx;
  }

  /** Finds the workbook object (null for a null object); may throw ItemNotFound. */
  protected abstract resolveTarget(): T | null;

  /** Throws when the object behind the proxy is gone (a deleted sheet). */
  protected assertAlive(_t: T): void {}

  /** Child proxies reachable by a load path ("format" → RangeFormat). */
  protected child(_name: string): AnyProxy | undefined {
    return undefined;
  }

  /** The sheet an operation on this object acts on (for failure rules and messages). */
  _sheetName(): string | undefined {
    return undefined;
  }

  _target(): T | null {
    if (!this.res) {
      this.res = { t: this.resolveTarget() };
      this._ctx.current().resolved.push(this as AnyProxy);
    }
    const t = this.res.t;
    if (t !== null) this.assertAlive(t);
    return t;
  }

  _require(): T {
    const t = this._target();
    if (t === null) throw new SimError('InvalidOperation', `The simulator refuses actions on a null object (${this._path}); check isNullObject first.`);
    return t;
  }

  _commitNull(): void {
    this.nullKnown = this.res?.t === null;
  }

  _commit(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw new PropertyNotLoadedError('isNullObject');
    return this.nullKnown;
  }

  protected propDefs(): Props<T> {
    return (this.constructor as unknown as { props: Props<T> }).props;
  }

  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    this.enqueue('load', 'load', { p: this._path, load: spec ?? null }, () => this._applyLoad(paths));
    return this;
  }

  /** Runs inside sync: reads the loaded properties from the workbook into the transaction. */
  _applyLoad(paths: Paths): void {
    const t = this._target();
    const defs = this.propDefs();
    const list = paths === 'all' ? Object.keys(defs).filter((k) => defs[k]!.get && (!defs[k]!.requires || this._ctx.model.supports(defs[k]!.requires!))).map((k) => [k]) : paths;
    // Paths through the same child are loaded together (one set of collection items, say).
    const children = new Map<string, string[][] | 'all'>();
    for (const [head, ...rest] of list) {
      const def = defs[head!];
      if (def?.get && rest.length === 0) {
        if (def.requires) this._ctx.model.requireApi(def.requires, head!);
        this._ctx.current().loads.push({ obj: this as AnyProxy, name: head!, value: t === null ? null : def.get(t) });
        continue;
      }
      const prev = children.get(head!);
      if (rest.length === 0 || prev === 'all') children.set(head!, 'all');
      else children.set(head!, [...(prev ?? []), rest]);
    }
    for (const [head, paths] of children) {
      const c = this.child(head);
      if (!c) throw new SimError('InvalidArgument', `The property '${head}' does not exist on ${this.constructor.name}.`);
      c._applyLoad(paths);
    }
  }

  protected _get<V>(name: string): V {
    if (!this.loaded.has(name)) throw new PropertyNotLoadedError(name);
    return this.loaded.get(name) as V;
  }

  protected _set(name: string, value: unknown): void {
    const def = this.propDefs()[name];
    if (!def?.set) throw new TypeError(`Cannot set property ${name} of ${this.constructor.name}, which has only a getter.`);
    this.enqueue('set', name, { p: this._path, set: name, v: value }, () => {
      if (def.requires) this._ctx.model.requireApi(def.requires, name);
      def.set!(this._require(), value);
    });
  }

  protected _call(name: string, args: unknown[], run: (t: T) => void, requires?: string): void {
    this.enqueue('call', name, { p: this._path, call: name, a: args }, () => {
      if (requires) this._ctx.model.requireApi(requires, name);
      run(this._require());
    });
  }

  /** Objects got with a *OrNullObject method are resolved in queue order, so isNullObject is known after sync. */
  protected _resolveAtSync(): void {
    this.enqueue('resolve', 'resolve', { p: this._path }, () => void this._target());
  }

  private enqueue(kind: OpKind, name: string, describe: unknown, apply: () => void): void {
    this._ctx.enqueue({ kind, name, owner: this as AnyProxy, describe, apply });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Installs getters (and setters when writable) for a proxy class's properties. */
export function defineProps<T>(cls: { prototype: object }, props: Props<T>): void {
  (cls as unknown as { props: Props<T> }).props = props;
  for (const [name, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: SimObject<T>) {
        return (this as unknown as { _get: (n: string) => unknown })._get(name);
      },
      ...(def.set ? { set(this: SimObject<T>, v: unknown) { (this as unknown as { _set: (n: string, v: unknown) => void })._set(name, v); } } : {}),
    });
  }
}

/** A collection proxy: `items` is readable after load + sync; load paths apply to every item. */
export abstract class SimCollection<T, I extends AnyProxy> extends SimObject<T> {
  private loadedItems: I[] | undefined;

  protected abstract itemsNow(t: T): I[];

  get items(): I[] {
    if (!this.loadedItems) throw new PropertyNotLoadedError('items');
    return this.loadedItems;
  }

  override _applyLoad(paths: Paths): void {
    const t = this._target();
    const items = t === null ? [] : this.itemsNow(t);
    const itemPaths: Paths = paths === 'all' ? 'all' : paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const it of items) it._applyLoad(itemPaths.length === 0 ? 'all' : itemPaths);
    this.pendingItems = items;
    this._ctx.current().loads.push({ obj: this as AnyProxy, name: '$items', value: items.length });
  }

  private pendingItems: I[] | undefined;

  override _commit(name: string, value: unknown): void {
    if (name === '$items') this.loadedItems = this.pendingItems;
    else super._commit(name, value);
  }
}

/** `OfficeExtension.ClientResult`: `value` is readable after sync. */
export class SimClientResult<V> {
  private v: { value: V } | undefined;

  constructor(readonly _path: string) {}

  get value(): V {
    if (!this.v) throw new PropertyNotLoadedError('value');
    return this.v.value;
  }

  _commit(_name: string, value: unknown): void {
    this.v = { value: value as V };
  }
}
