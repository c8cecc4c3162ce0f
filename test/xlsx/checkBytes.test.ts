import { inflateRawSync } from 'zlib';
import { checkXlsxBytes, PackageRefused } from '../../src/xlsx/checkBytes';
import { inspectXlsx, verifyInflatedSizes, verifyInflatedSizesAsync } from '../../src/xlsx/guard';
import { inflateRawBounded } from '../../src/xlsx/streamInflate';
import { bookBytes } from '../corpus/support/book';
import { repack, utf8 } from '../corpus/support/zip';

const good = (): Promise<Uint8Array> => bookBytes([{ name: 'Khối THCS', rows: [['TT', 'Nội dung'], ['I', 'Dạy học']] }]);
const lyingBomb = async (): Promise<Uint8Array> =>
  repack(await good(), { 'xl/worksheets/sheet1.xml': { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(2 * 1024 * 1024), declaredSize: 100 } });
const refusal = async (p: Promise<void>): Promise<PackageRefused> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof PackageRefused) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('verifyInflatedSizesAsync', () => {
  it('finds what the zlib check finds, with the stream inflater', async () => {
    for (const bytes of [await good(), await lyingBomb()]) {
      const r = inspectXlsx(bytes);
      if (!r.ok) throw new Error('fixture refused');
      const sync = verifyInflatedSizes(bytes, r.entries, (d, max) => inflateRawSync(d, { maxOutputLength: max }));
      expect(await verifyInflatedSizesAsync(bytes, r.entries, inflateRawBounded)).toEqual(sync);
    }
    const r = inspectXlsx(await lyingBomb());
    expect(r.ok && (await verifyInflatedSizesAsync(await lyingBomb(), r.entries, inflateRawBounded))).toMatchObject({ kind: 'bomb', entry: 'xl/worksheets/sheet1.xml' });
  });
});

describe('checkXlsxBytes (the browser preview)', () => {
  it('lets a sound workbook through', async () => {
    await expect(checkXlsxBytes(await good(), 'so-tinh.xlsx')).resolves.toBeUndefined();
  });

  it('refuses a part that inflates past its declared size, naming the file and the part, in Vietnamese or English', async () => {
    const vi = await refusal(checkXlsxBytes(await lyingBomb(), 'bom.xlsx'));
    expect(vi.kind).toBe('zipBomb');
    expect(vi.message).toContain('bom.xlsx');
    expect(vi.message).toContain('xl/worksheets/sheet1.xml');
    expect(vi.message).toContain('bom nén');
    const en = await refusal(checkXlsxBytes(await lyingBomb(), 'bom.xlsx', { lang: 'en' }));
    expect(en.message).toContain('zip bomb');
  });

  it('names the other refusals as the CLI does', async () => {
    const b = await good();
    expect((await refusal(checkXlsxBytes(new Uint8Array(0), 'rong.xlsx'))).message).toBe('Tệp «rong.xlsx» rỗng.');
    expect((await refusal(checkXlsxBytes(utf8('a;b\n1;2'), 'bang.csv'))).message).toBe('Tệp «bang.csv» không phải là sổ tính Excel (.xlsx).');
    expect((await refusal(checkXlsxBytes(b.slice(0, b.length - 10), 'cut.xlsx'))).kind).toBe('corrupt');
    expect((await refusal(checkXlsxBytes(b, 'nho.xlsx', { limits: { maxXmlBytes: 10 } }))).kind).toBe('tooLarge');
  });
});
