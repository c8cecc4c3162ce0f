/**
 * Checks an .xlsx file's bytes BEFORE ExcelJS inflates them: what kind of file it is (an encrypted
 * workbook or an old .xls is an OLE compound file, D0 CF 11 E0; an .xlsx is a zip), whether the zip is
 * whole (its central directory is where the end record says), whether it is a workbook package at all,
 * and whether inflating it is safe: the total declared size and each large entry's compression ratio
 * are bounded, so a zip bomb or a million-row sheet is refused instead of exhausting memory.
 * Pure (no fs, no zlib): it runs in the browser preview too; inflating, where needed, is injected.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** General purpose flags; bit 0 = encrypted entry. */
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

export interface ZipLimits {
  /** Σ declared uncompressed size of the XML parts (what ExcelJS parses into objects, ~12× in memory). */
  readonly maxXmlBytes: number;
  /** Σ declared uncompressed size of every entry (pictures included). */
  readonly maxTotalBytes: number;
  /** Uncompressed ÷ compressed above which a large entry is taken for a zip bomb. */
  readonly maxRatio: number;
  /** Entries smaller than this are not ratio-checked (tiny parts compress oddly and cannot hurt). */
  readonly ratioFloorBytes: number;
  readonly maxEntries: number;
}

const MB = 1024 * 1024;

/**
 * An emulation workbook is a few MB of XML; 64 MB of XML (≈ 1–2 million cells) keeps ExcelJS under
 * ~1 GB of memory. Real spreadsheets compress 5–30×; deflate cannot exceed ~1030×; 200× is a bomb.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxXmlBytes: 64 * MB, maxTotalBytes: 256 * MB, maxRatio: 200, ratioFloorBytes: MB, maxEntries: 10000 };

export type GuardProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'legacyXls' }
  | { readonly kind: 'notZip' }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'notXlsx' }
  | { readonly kind: 'tooLarge'; readonly total: number; readonly limit: number; readonly largest: string; readonly largestSize: number }
  | { readonly kind: 'bomb'; readonly entry: string; readonly size: number; readonly ratio: number; readonly limit: number };

export type GuardResult = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly problem: GuardProblem };

/** Inflates raw deflate data, throwing when the output would exceed `maxOutput` bytes. */
export type InflateRaw = (data: Uint8Array, maxOutput: number) => Uint8Array;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return b.length >= magic.length && magic.every((x, i) => b[i] === x);
}

/** An OLE compound file (D0 CF 11 E0 A1 B1 1A E1): a password-protected .xlsx, or an old .xls. */
export function isCompoundFile(b: Uint8Array): boolean {
  return startsWith(b, CFB_MAGIC.slice(0, 4));
}

/** Encrypted OOXML keeps its package in a stream named "EncryptedPackage" (UTF-16LE in the directory). */
export function hasEncryptedPackage(b: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  outer: for (let i = 0; i + name.length * 2 <= b.length; i++) {
    for (let k = 0; k < name.length; k++) if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export function isZip(b: Uint8Array): boolean {
  return startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
}

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;

/** The zip's central directory; null when the file is cut short or the directory is damaged. */
export function listZipEntries(b: Uint8Array): ZipEntry[] | null {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const size = u32(b, eocd + 12);
  const offset = u32(b, eocd + 16);
  if (offset + size > eocd) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let p = offset; p < offset + size; ) {
    if (p + 46 > b.length || u32(b, p) !== CD_SIG) return null;
    const nameLen = u16(b, p + 28);
    const entry: ZipEntry = {
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      uncompressedSize: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLen)),
    };
    if (entry.localOffset + 30 > eocd || u32(b, entry.localOffset) !== LOCAL_SIG) return null;
    entries.push(entry);
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return entries;
}

/** The compressed bytes of an entry; null when they lie outside the file. */
export function entryData(b: Uint8Array, e: ZipEntry): Uint8Array | null {
  const start = e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28);
  const end = start + e.compressedSize;
  return end <= b.length ? b.subarray(start, end) : null;
}

const isXmlPart = (name: string): boolean => /\.(xml|rels|vml)$/i.test(name);

/** What the bytes are, and whether inflating them is safe (declared sizes; see `verifyInflatedSizes`). */
export function inspectXlsx(b: Uint8Array, opts: { limits?: Partial<ZipLimits> } = {}): GuardResult {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...opts.limits };
  const fail = (problem: GuardProblem): GuardResult => ({ ok: false, problem });
  if (b.length === 0) return fail({ kind: 'empty' });
  if (isCompoundFile(b)) {
    // Encrypted OOXML always holds an EncryptedPackage stream; any other CFB is an old .xls (maybe renamed).
    return fail({ kind: hasEncryptedPackage(b) ? 'encrypted' : 'legacyXls' });
  }
  if (!isZip(b)) return fail({ kind: 'notZip' });
  const entries = listZipEntries(b);
  if (!entries || entries.some((e) => entryData(b, e) === null)) return fail({ kind: 'truncated' });
  if (entries.some((e) => (e.flags & 1) === 1)) return fail({ kind: 'encrypted' });
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (!names.has('[content_types].xml') || !entries.some((e) => /^xl\/workbook\d*\.xml$/i.test(e.name))) return fail({ kind: 'notXlsx' });
  if (entries.length > limits.maxEntries) return fail({ kind: 'tooLarge', total: entries.length, limit: limits.maxEntries, largest: '', largestSize: 0 });

  for (const e of entries) {
    if (e.uncompressedSize < limits.ratioFloorBytes) continue;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (ratio > limits.maxRatio) return fail({ kind: 'bomb', entry: e.name, size: e.uncompressedSize, ratio: Math.round(ratio), limit: limits.maxRatio });
  }
  const largest = [...entries].sort((x, y) => y.uncompressedSize - x.uncompressedSize)[0]!;
  const xml = entries.filter((e) => isXmlPart(e.name)).reduce((s, e) => s + e.uncompressedSize, 0);
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (xml > limits.maxXmlBytes) return fail({ kind: 'tooLarge', total: xml, limit: limits.maxXmlBytes, largest: largest.name, largestSize: largest.uncompressedSize });
  if (total > limits.maxTotalBytes) return fail({ kind: 'tooLarge', total, limit: limits.maxTotalBytes, largest: largest.name, largestSize: largest.uncompressedSize });
  return { ok: true, entries };
}

/** An inflater that finishes later (the browser's DecompressionStream), with the same contract. */
export type InflateRawAsync = (data: Uint8Array, maxOutput: number) => Promise<Uint8Array>;

/**
 * Declared sizes can lie: inflates every entry with its declared size as the bound, so an entry that
 * expands beyond what it declares is caught here, with bounded memory, and not inside ExcelJS.
 * Returns the problem, or null when every entry inflates to exactly its declared size.
 */
export function verifyInflatedSizes(b: Uint8Array, entries: readonly ZipEntry[], inflate: InflateRaw, limits: Partial<ZipLimits> = {}): GuardProblem | null {
  for (const e of entries) {
    const step = inflateStep(b, e);
    if (step === null) continue;
    if ('kind' in step) return step;
    let problem: GuardProblem | null;
    try {
      problem = inflatedProblem(e, inflate(step.data, step.bound));
    } catch (err) {
      problem = inflateFailure(e, step.data, err, limits);
    }
    if (problem) return problem;
  }
  return null;
}

/** `verifyInflatedSizes` with an asynchronous inflater (the browser preview's). */
export async function verifyInflatedSizesAsync(b: Uint8Array, entries: readonly ZipEntry[], inflate: InflateRawAsync, limits: Partial<ZipLimits> = {}): Promise<GuardProblem | null> {
  for (const e of entries) {
    const step = inflateStep(b, e);
    if (step === null) continue;
    if ('kind' in step) return step;
    let problem: GuardProblem | null;
    try {
      problem = inflatedProblem(e, await inflate(step.data, step.bound));
    } catch (err) {
      problem = inflateFailure(e, step.data, err, limits);
    }
    if (problem) return problem;
  }
  return null;
}

/** What checking one entry takes: nothing (a whole stored entry), a problem, or inflating `data` up to `bound` bytes. */
function inflateStep(b: Uint8Array, e: ZipEntry): GuardProblem | { readonly data: Uint8Array; readonly bound: number } | null {
  const data = entryData(b, e);
  if (!data) return { kind: 'truncated' };
  if (e.method === 0) return data.length === e.uncompressedSize ? null : { kind: 'truncated' };
  if (e.method !== 8) return { kind: 'notXlsx' };
  return { data, bound: Math.max(1, e.uncompressedSize) };
}

/** A part that inflated to other than its declared size is damaged (or lied and was short). */
function inflatedProblem(e: ZipEntry, out: Uint8Array): GuardProblem | null {
  return out.length === e.uncompressedSize ? null : { kind: 'truncated' };
}

/** An inflater that stopped at the bound (a RangeError) found a bomb; any other failure is a damaged part. */
function inflateFailure(e: ZipEntry, data: Uint8Array, err: unknown, limits: Partial<ZipLimits>): GuardProblem {
  // By name: an error thrown by Node's zlib is not an instance of this realm's RangeError under jest.
  if ((err as Error | null)?.name !== 'RangeError') return { kind: 'truncated' };
  const maxRatio = limits.maxRatio ?? DEFAULT_ZIP_LIMITS.maxRatio;
  return { kind: 'bomb', entry: e.name, size: e.uncompressedSize, ratio: Math.round(e.uncompressedSize / Math.max(1, data.length)), limit: maxRatio };
}

/** One entry's text (UTF-8), or null when it is missing or cannot be inflated. */
export function readEntryText(b: Uint8Array, entries: readonly ZipEntry[], name: string, inflate: InflateRaw): string | null {
  const e = entries.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const data = e ? entryData(b, e) : null;
  if (!e || !data) return null;
  try {
    return new TextDecoder('utf-8').decode(e.method === 0 ? data : inflate(data, Math.max(1, e.uncompressedSize)));
  } catch {
    return null;
  }
}

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const unescapeXml = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Protect Workbook (structure): `<workbookProtection lockStructure="1"/>` in xl/workbook.xml. */
export function isStructureLocked(workbookXml: string): boolean {
  const tag = /<(?:\w+:)?workbookProtection\b[^>]*>/.exec(workbookXml)?.[0];
  const v = tag ? attr(tag, 'lockStructure') : null;
  return v === '1' || v === 'true';
}

/** Worksheet part ("xl/worksheets/sheet1.xml") → sheet name, from xl/workbook.xml and its relationships. */
export function worksheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id');
    const part = id ? targets.get(id) : undefined;
    if (name !== null && part) out.set(part, unescapeXml(name));
  }
  return out;
}
