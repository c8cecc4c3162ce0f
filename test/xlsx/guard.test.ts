import { inflateRawSync } from 'zlib';
import { DEFAULT_ZIP_LIMITS, inspectXlsx, isStructureLocked, verifyInflatedSizes, worksheetNames } from '../../src/xlsx/guard';
import { bookBytes } from '../corpus/support/book';
import { repack, utf8, zipParts } from '../corpus/support/zip';

const inflate = (d: Uint8Array, max: number): Uint8Array => inflateRawSync(d, { maxOutputLength: max });
const good = (): Promise<Uint8Array> => bookBytes([{ name: 'Khối THCS', rows: [['TT', 'Nội dung']] }]);
const kind = (b: Uint8Array, limits = {}) => {
  const r = inspectXlsx(b, { limits });
  return r.ok ? 'ok' : r.problem.kind;
};

describe('inspectXlsx', () => {
  it('accepts a workbook and lists its parts', async () => {
    const r = inspectXlsx(await good());
    expect(r.ok && r.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
  });

  it('names what a refused file is', async () => {
    const b = await good();
    expect(kind(new Uint8Array(0))).toBe('empty');
    expect(kind(utf8('a;b\n1;2'))).toBe('notZip');
    expect(kind(b.slice(0, b.length - 10))).toBe('truncated');
    expect(kind(zipParts([{ name: '[Content_Types].xml', data: utf8('<Types/>') }, { name: 'word/document.xml', data: utf8('<w/>') }]))).toBe('notXlsx');
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(kind(cfb)).toBe('legacyXls');
    cfb.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 600);
    expect(kind(cfb)).toBe('encrypted');
  });

  it('refuses a part compressed beyond the ratio limit; the boundary ratio passes', async () => {
    const b = await good();
    const bomb = repack(b, { 'xl/media/x.bin': { name: 'xl/media/x.bin', data: new Uint8Array(4 * 1024 * 1024) } });
    const r = inspectXlsx(bomb);
    expect(!r.ok && r.problem).toMatchObject({ kind: 'bomb', entry: 'xl/media/x.bin', limit: DEFAULT_ZIP_LIMITS.maxRatio });
    const ratio = !r.ok && r.problem.kind === 'bomb' ? r.problem.ratio : 0;
    expect(kind(bomb, { maxRatio: ratio + 1 })).toBe('ok');
    expect(kind(bomb, { ratioFloorBytes: 8 * 1024 * 1024 })).toBe('ok');
  });

  it('refuses a package whose XML is larger than the limit once unpacked, at the boundary too', async () => {
    const b = await good();
    const r = inspectXlsx(b);
    const xml = r.ok ? r.entries.filter((e) => /\.(xml|rels)$/.test(e.name)).reduce((s, e) => s + e.uncompressedSize, 0) : 0;
    expect(kind(b, { maxXmlBytes: xml })).toBe('ok');
    expect(kind(b, { maxXmlBytes: xml - 1 })).toBe('tooLarge');
  });
});

describe('verifyInflatedSizes', () => {
  it('catches a part that inflates beyond its declared size, with bounded output', async () => {
    const lying = repack(await good(), { 'xl/worksheets/sheet1.xml': { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(2 * 1024 * 1024), declaredSize: 100 } });
    const r = inspectXlsx(lying);
    expect(r.ok).toBe(true);
    expect(r.ok && verifyInflatedSizes(lying, r.entries, inflate)).toMatchObject({ kind: 'bomb', entry: 'xl/worksheets/sheet1.xml' });
    const honest = await good();
    const h = inspectXlsx(honest);
    expect(h.ok && verifyInflatedSizes(honest, h.entries, inflate)).toBeNull();
  });
});

describe('workbook.xml', () => {
  it('reads Protect Workbook (structure)', () => {
    expect(isStructureLocked('<workbook><workbookProtection lockStructure="1"/><sheets/></workbook>')).toBe(true);
    expect(isStructureLocked('<workbook><workbookProtection lockStructure="true" workbookPassword="CC23"/></workbook>')).toBe(true);
    expect(isStructureLocked('<workbook><workbookProtection lockWindows="1"/></workbook>')).toBe(false);
    expect(isStructureLocked('<workbook><sheets/></workbook>')).toBe(false);
  });

  it('maps worksheet parts to sheet names', () => {
    const wb = '<workbook><sheets><sheet name="Khối THCS" sheetId="1" r:id="rId3"/><sheet name="A &amp; B" sheetId="2" r:id="rId4"/></sheets></workbook>';
    const rels = '<Relationships><Relationship Id="rId3" Type="x" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="x" Target="/xl/worksheets/sheet2.xml"/></Relationships>';
    expect([...worksheetNames(wb, rels)]).toEqual([
      ['xl/worksheets/sheet1.xml', 'Khối THCS'],
      ['xl/worksheets/sheet2.xml', 'A & B'],
    ]);
  });
});
