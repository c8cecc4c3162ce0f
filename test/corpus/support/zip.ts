/**
 * A tiny zip writer/reader for the corpus's hostile files: re-packs a real .xlsx with one part changed
 * (a patched workbook.xml, a bomb in place of a sheet), optionally with a lying declared size.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';
import { entryData, listZipEntries } from '../../../src/xlsx/guard';

export interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
  /** The uncompressed size written in the headers; default the real one. */
  readonly declaredSize?: number;
}

export function unzipParts(bytes: Uint8Array): ZipPart[] {
  const entries = listZipEntries(bytes);
  if (!entries) throw new Error('corpus: not a readable zip');
  return entries.map((e) => {
    const raw = entryData(bytes, e)!;
    return { name: e.name, data: e.method === 0 ? raw : new Uint8Array(inflateRawSync(raw)) };
  });
}

export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const packed = deflateRawSync(p.data, { level: 9 });
    const crc = crc32(p.data);
    const size = p.declaredSize ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(cd, name);
    offset += local.length + name.length + packed.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, end]));
}

/** The same package with some parts replaced (by name) or added. */
export function repack(bytes: Uint8Array, replace: Readonly<Record<string, ZipPart | ((old: Uint8Array) => ZipPart)>>): Uint8Array {
  const parts = unzipParts(bytes).map((p) => {
    const r = replace[p.name];
    return r === undefined ? p : typeof r === 'function' ? r(p.data) : r;
  });
  for (const [name, r] of Object.entries(replace)) if (!parts.some((p) => p.name === name) && typeof r !== 'function') parts.push(r);
  return zipParts(parts);
}

export const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
export const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
