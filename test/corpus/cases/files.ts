/** Corpus: files the CLI must refuse before reading — cut short, not a workbook, encrypted, old .xls, zip bombs. */
import type { CorpusCase } from '../support/types';
import { bookBytes } from '../support/book';
import { baseBook } from '../support/base';
import { repack, utf8, zipParts } from '../support/zip';

const NOT_IN_EXCEL = 'Excel itself refuses such a file before any add-in runs: only the CLI reads files.';
/** 20 MB of one repeated byte: deflates ~1000×, like a zip bomb's payload. */
const BOMB_BYTES = 20 * 1024 * 1024;

/** A compound file (D0 CF 11 E0 …) with or without the EncryptedPackage stream of a password-protected .xlsx. */
function compoundFile(encrypted: boolean): Uint8Array {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  Buffer.from(encrypted ? 'EncryptedPackage' : 'Workbook', 'utf16le').copy(b, 1024);
  Buffer.from(encrypted ? 'EncryptionInfo' : 'SummaryInformation', 'utf16le').copy(b, 1152);
  return new Uint8Array(b);
}

const bomb = (declared?: number) => async (): Promise<Uint8Array> => {
  const data = new Uint8Array(BOMB_BYTES).fill(0x20);
  return repack(await bookBytes(baseBook()), { 'xl/worksheets/sheet2.xml': { name: 'xl/worksheets/sheet2.xml', data, ...(declared !== undefined ? { declaredSize: declared } : {}) } });
};

export const fileCases: CorpusCase[] = [
  {
    id: 'empty-file',
    about: 'A 0-byte file named .xlsx.',
    shows: 'Exit 2: "rỗng" (empty), naming the file.',
    input: () => new Uint8Array(0),
    refused: /rỗng/,
    office: { skip: NOT_IN_EXCEL },
  },
  {
    id: 'truncated-xlsx',
    about: 'A valid workbook cut at 60 % of its bytes (an interrupted download).',
    shows: 'Exit 2: damaged or incomplete, naming the file.',
    input: async () => {
      const b = await bookBytes(baseBook());
      return b.slice(0, Math.floor(b.length * 0.6));
    },
    refused: /bị hỏng hoặc không đầy đủ/,
    office: { skip: NOT_IN_EXCEL },
  },
  {
    id: 'not-a-workbook',
    about: 'A CSV text file renamed .xlsx.',
    shows: 'Exit 2: not an Excel workbook.',
    input: () => utf8('STT;Đơn vị;Tổng\n1;Trường THCS An Phú;92\n'),
    refused: /không phải là sổ tính Excel/,
    office: { skip: NOT_IN_EXCEL },
  },
  {
    id: 'word-document-renamed',
    about: 'A zip package that is a Word document (word/document.xml), renamed .xlsx.',
    shows: 'Exit 2: a zip but not an Excel workbook.',
    input: () => zipParts([{ name: '[Content_Types].xml', data: utf8('<?xml version="1.0"?><Types/>') }, { name: 'word/document.xml', data: utf8('<w:document/>') }]),
    refused: /không phải sổ tính Excel/,
    office: { skip: NOT_IN_EXCEL },
  },
  {
    id: 'password-protected',
    about: 'A password-protected .xlsx (an OLE compound file holding EncryptedPackage).',
    shows: 'Exit 2: password-protected, with how to remove the password.',
    input: () => compoundFile(true),
    refused: /đặt mật khẩu/,
    office: { skip: NOT_IN_EXCEL },
  },
  {
    id: 'legacy-xls',
    about: 'An Excel 97-2003 .xls file renamed .xlsx.',
    shows: 'Exit 2: Excel 97-2003 format, save as .xlsx.',
    input: () => compoundFile(false),
    refused: /Excel 97-2003/,
    office: { skip: NOT_IN_EXCEL },
  },
  {
    id: 'zip-bomb',
    about: 'A workbook with a part that inflates 20 MB from ~20 KB (ratio ≈ 1000).',
    shows: 'Exit 2: refused as a zip bomb from the central directory, before anything is inflated.',
    input: bomb(),
    refused: /bom nén/,
    office: { skip: NOT_IN_EXCEL },
  },
  {
    id: 'zip-bomb-lying-size',
    about: 'The same bomb whose headers declare 1,000 bytes (the directory lies).',
    shows: 'Exit 2: caught by the bounded inflate (never more than the declared size is inflated).',
    input: bomb(1000),
    refused: /bom nén/,
    office: { skip: NOT_IN_EXCEL },
  },
  {
    id: 'damaged-part',
    about: 'A workbook whose sheet part is not deflate data (bit rot inside the package).',
    shows: 'Exit 2: damaged or incomplete.',
    input: async () => {
      const b = await bookBytes(baseBook());
      const parts = repack(b, {});
      // Overwrite the middle of the compressed data of the largest part with zeros.
      const out = new Uint8Array(parts);
      const mid = Math.floor(out.length / 2);
      out.fill(0xff, mid - 200, mid + 200);
      return out;
    },
    refused: /bị hỏng hoặc không đầy đủ/,
    office: { skip: NOT_IN_EXCEL },
  },
];

