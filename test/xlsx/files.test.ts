import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileError, isSameFile, readXlsxFile, writeFileAtomic } from '../../src/xlsx/files';
import { workbookOf, xlsxBytes } from '../support/xlsxBook';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-files-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    return (e as FileError).kind;
  }
}

describe('readXlsxFile', () => {
  it('reads a workbook', async () => {
    const f = path.join(dir, 'a.xlsx');
    await fs.writeFile(f, await xlsxBytes(workbookOf([{ name: 'A', rows: [['x']] }])));
    const { workbook } = await readXlsxFile(f);
    expect(workbook.getWorksheet('A')!.getCell('A1').value).toBe('x');
  });

  it('says clearly, in Vietnamese, what is wrong with an unusable file', async () => {
    const write = async (name: string, data: Uint8Array | string): Promise<string> => {
      const f = path.join(dir, name);
      await fs.writeFile(f, data);
      return f;
    };
    const good = await xlsxBytes(workbookOf([{ name: 'A', rows: [['x']] }]));
    expect(await kindOf(readXlsxFile(path.join(dir, 'none.xlsx')))).toBe('missing');
    expect(await kindOf(readXlsxFile(dir))).toBe('notFile');
    expect(await kindOf(readXlsxFile(await write('empty.xlsx', '')))).toBe('empty');
    expect(await kindOf(readXlsxFile(await write('text.xlsx', 'hello')))).toBe('notXlsx');
    expect(await kindOf(readXlsxFile(await write('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))))).toBe('legacyXls');
    expect(await kindOf(readXlsxFile(await write('cut.xlsx', good.slice(0, Math.floor(good.length / 2)))))).toBe('corrupt');
    const f = await write('big.xlsx', good);
    expect(await kindOf(readXlsxFile(f, { maxBytes: good.length - 1 }))).toBe('tooLarge');
    expect(await kindOf(readXlsxFile(f, { maxBytes: good.length }))).toBe('ok');
    await expect(readXlsxFile(path.join(dir, 'none.xlsx'))).rejects.toThrow(/Không tìm thấy tệp/);
    await expect(readXlsxFile(f, { maxBytes: 10 })).rejects.toThrow(/quá lớn/);
  });
});

describe('writeFileAtomic', () => {
  it('writes through a temp file in the same folder and leaves nothing else behind', async () => {
    const f = path.join(dir, 'out.xlsx');
    await writeFileAtomic(f, 'một');
    await writeFileAtomic(f, 'hai');
    expect(await fs.readFile(f, 'utf8')).toBe('hai');
    expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
  });

  it('refuses to write over a protected input, by path or through a link, and leaves it byte for byte', async () => {
    const input = path.join(dir, 'in.xlsx');
    await fs.writeFile(input, 'input');
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(input, link);
    expect(await kindOf(writeFileAtomic(input, 'x', { protect: [input] }))).toBe('sameAsInput');
    expect(await kindOf(writeFileAtomic(path.join(dir, '.', 'in.xlsx'), 'x', { protect: [input] }))).toBe('sameAsInput');
    expect(await kindOf(writeFileAtomic(link, 'x', { protect: [input] }))).toBe('sameAsInput');
    expect(await fs.readFile(input, 'utf8')).toBe('input');
    expect(await isSameFile(link, input)).toBe(true);
    expect(await isSameFile(path.join(dir, 'other.xlsx'), input)).toBe(false);
  });

  it('creates a missing output folder, and says so when it cannot (a file stands in the way)', async () => {
    await writeFileAtomic(path.join(dir, 'out', 'sub', 'a.xlsx'), 'x');
    expect(await fs.readFile(path.join(dir, 'out', 'sub', 'a.xlsx'), 'utf8')).toBe('x');
    await fs.writeFile(path.join(dir, 'file'), 'f');
    expect(await kindOf(writeFileAtomic(path.join(dir, 'file', 'a.xlsx'), 'x'))).toBe('noFolder');
  });
});
