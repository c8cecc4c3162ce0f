/**
 * Everything the CLI prints goes through here: the streams, the words (Vietnamese first, English
 * second) and the layout of findings and rankings. Results go to stdout, problems to stderr.
 */
import type { BlocResult, Finding, Lang, SheetRecognition } from '../engine';
import { classificationText, formatNumberVi, proposalText, renderFinding, round2 } from '../engine';

export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  lang: Lang;
}

export function processIo(lang: Lang = 'vi'): CliIo {
  return {
    out: (s) => void process.stdout.write(`${s}\n`),
    err: (s) => void process.stderr.write(`${s}\n`),
    lang,
  };
}

const vi = {
  usage: [
    'Thi đua - chấm điểm, xếp hạng thi đua và kiểm tra hồ sơ khen thưởng',
    '',
    'Cách dùng:',
    '  thidua check <sổ tính.xlsx>                       kiểm tra dữ liệu; mã thoát 1 nếu có lỗi',
    '  thidua score <sổ tính.xlsx> -o <kết quả.xlsx> [--json <báo cáo.json>] [--docx <biên bản.docx>]',
    '                                                    xếp hạng, ghi các bảng tổng hợp vào bản sao sổ tính',
    '  thidua template -o <mẫu.xlsx>                     tạo sổ tính mẫu có đủ các trang tính',
    '  thidua merge <tệp hoặc thư mục…> -o <gộp.xlsx>    gộp sổ tính của nhiều đơn vị',
    '',
    'Tùy chọn: --lang vi|en (ngôn ngữ), --help, --version',
    'Mã thoát: 0 thành công; 1 có lỗi dữ liệu (check); 2 tham số sai hoặc tệp không dùng được.',
  ].join('\n'),
  unknownCommand: (c: string) => `Lệnh không hợp lệ: «${c}».`,
  noCommand: 'Thiếu lệnh (check, score, template hoặc merge).',
  badOption: (o: string) => `Tùy chọn không hợp lệ: «${o}».`,
  missingValue: (o: string) => `Tùy chọn ${o} cần một giá trị.`,
  missingInput: 'Thiếu tệp sổ tính đầu vào (.xlsx).',
  tooManyInputs: (n: number) => `Chỉ nhận một tệp đầu vào (đã cho ${n}).`,
  missingOutput: 'Thiếu tham số -o <tệp kết quả.xlsx>.',
  outputNotXlsx: (f: string) => `Tệp kết quả «${f}» phải có đuôi .xlsx.`,
  sameAsInput: (f: string) => `Tệp «${f}» trùng với tệp đầu vào; Thi đua không bao giờ ghi đè tệp đầu vào.`,
  failed: (m: string) => `Lỗi: ${m}`,
  sheetsHeading: 'Các trang tính nhận diện được:',
  sheetLine: (name: string, role: string, bloc: string) => `  - ${name}: ${role}${bloc ? ` (${bloc})` : ''}`,
  findingsHeading: (file: string) => (file ? `Kết quả kiểm tra tệp «${file}»:` : 'Kết quả kiểm tra:'),
  noFindings: 'Không phát hiện vấn đề nào.',
  counts: (e: number, w: number, i: number) => `Tổng cộng: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  blocHeading: (name: string, scale: string) => `${name} (thang điểm ${scale}):`,
  unitLine: (rank: number, unit: string, total: string, cls: string, proposal: string) => `  ${rank}. ${unit} - ${total} điểm - ${cls}${proposal ? ` - ${proposal}` : ''}`,
  noBlocs: 'Không tìm thấy bảng chấm điểm nào.',
  wrote: (f: string, sheets: string) => `Đã ghi sổ tính kết quả: ${f} (trang tính: ${sheets}).`,
  deleted: (sheets: string) => `Đã xóa các trang tính kết quả cũ không còn dùng: ${sheets}.`,
  wroteJson: (f: string) => `Đã ghi báo cáo JSON: ${f}.`,
  wroteDocx: (f: string) => `Đã ghi dự thảo biên bản: ${f}.`,
  wroteTemplate: (f: string, sheets: string) => `Đã tạo sổ tính mẫu: ${f} (trang tính: ${sheets}).`,
  errorsInLog: (n: number) => `Có ${n} lỗi dữ liệu: xem trang «Nhật ký kiểm tra».`,
  notWritten: 'Không ghi được sổ tính kết quả.',
  roles: {
    settings: 'cấu hình',
    criteria: 'tiêu chí',
    scoring: 'bảng chấm điểm',
    units: 'danh sách đơn vị',
    votes: 'kết quả suy tôn',
    nominations: 'đề nghị khen thưởng cá nhân',
    collectives: 'đề nghị khen thưởng tập thể',
    registration: 'đăng ký thi đua',
    examples: 'điển hình tiên tiến',
    output: 'trang kết quả của Thi đua',
    ownership: 'trang quản lý của Thi đua',
    unknown: 'không nhận diện được',
  } as Record<string, string>,
};

type Texts = typeof vi;

const en: Texts = {
  usage: [
    'Thi đua - emulation scoring, ranking and award nomination checks',
    '',
    'Usage:',
    '  thidua check <book.xlsx>                          check the data; exit code 1 on errors',
    '  thidua score <book.xlsx> -o <out.xlsx> [--json <report.json>] [--docx <minutes.docx>]',
    '                                                    rank, write the summary sheets into a copy of the book',
    '  thidua template -o <new.xlsx>                     create an example workbook with every sheet',
    '  thidua merge <files or folders…> -o <out.xlsx>    consolidate many units\' workbooks',
    '',
    'Options: --lang vi|en, --help, --version',
    'Exit codes: 0 ok; 1 data errors (check); 2 bad arguments or unusable file.',
  ].join('\n'),
  unknownCommand: (c) => `Unknown command: "${c}".`,
  noCommand: 'Missing command (check, score, template or merge).',
  badOption: (o) => `Invalid option: "${o}".`,
  missingValue: (o) => `Option ${o} needs a value.`,
  missingInput: 'Missing the input workbook (.xlsx).',
  tooManyInputs: (n) => `Only one input file is accepted (got ${n}).`,
  missingOutput: 'Missing -o <out.xlsx>.',
  outputNotXlsx: (f) => `The output file "${f}" must end in .xlsx.`,
  sameAsInput: (f) => `"${f}" is the input file; Thi đua never overwrites its input.`,
  failed: (m) => `Error: ${m}`,
  sheetsHeading: 'Sheets recognised:',
  sheetLine: (name, role, bloc) => `  - ${name}: ${role}${bloc ? ` (${bloc})` : ''}`,
  findingsHeading: (file) => (file ? `Check results for "${file}":` : 'Check results:'),
  noFindings: 'No problem found.',
  counts: (e, w, i) => `Total: ${e} errors, ${w} warnings, ${i} infos.`,
  blocHeading: (name, scale) => `${name} (scale ${scale}):`,
  unitLine: (rank, unit, total, cls, proposal) => `  ${rank}. ${unit} - ${total} points - ${cls}${proposal ? ` - ${proposal}` : ''}`,
  noBlocs: 'No scoring sheet was found.',
  wrote: (f, sheets) => `Wrote the result workbook: ${f} (sheets: ${sheets}).`,
  deleted: (sheets) => `Deleted old result sheets no longer produced: ${sheets}.`,
  wroteJson: (f) => `Wrote the JSON report: ${f}.`,
  wroteDocx: (f) => `Wrote the draft minutes: ${f}.`,
  wroteTemplate: (f, sheets) => `Created the example workbook: ${f} (sheets: ${sheets}).`,
  errorsInLog: (n) => `${n} data error(s): see the sheet "Nhật ký kiểm tra".`,
  notWritten: 'The result workbook was not written.',
  roles: {
    settings: 'settings',
    criteria: 'criteria',
    scoring: 'scoring sheet',
    units: 'units list',
    votes: 'vote results',
    nominations: 'individual nominations',
    collectives: 'collective nominations',
    registration: 'registration',
    examples: 'advanced examples',
    output: 'Thi đua output sheet',
    ownership: 'Thi đua storage sheet',
    unknown: 'not recognised',
  },
};

export function texts(lang: Lang): Texts {
  return lang === 'en' ? en : vi;
}

export function printSheets(io: CliIo, sheets: readonly SheetRecognition[]): void {
  const T = texts(io.lang);
  const shown = sheets.filter((s) => s.role !== 'ownership');
  if (shown.length === 0) return;
  io.out(T.sheetsHeading);
  for (const s of shown) io.out(T.sheetLine(s.sheet, T.roles[s.role] ?? s.role, s.bloc ?? ''));
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

/** Each finding on its own line, errors first, then the counts. */
export function printFindings(io: CliIo, findings: readonly Finding[], file = ''): void {
  const T = texts(io.lang);
  io.out(T.findingsHeading(file));
  if (findings.length === 0) io.out(`  ${T.noFindings}`);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => order[a.f.severity] - order[b.f.severity] || a.i - b.i);
  const tag = { error: io.lang === 'en' ? 'ERROR' : 'LỖI', warning: io.lang === 'en' ? 'WARNING' : 'CẢNH BÁO', info: io.lang === 'en' ? 'INFO' : 'THÔNG TIN' };
  for (const { f } of sorted) io.out(`  [${tag[f.severity]}] ${renderFinding(f, io.lang)}`);
  const c = countFindings(findings);
  io.out(T.counts(c.errors, c.warnings, c.infos));
}

/** 95,5 in Vietnamese, 95.5 in English. */
function formatNumber(x: number, lang: Lang): string {
  return lang === 'en' ? String(round2(x)) : formatNumberVi(x);
}

export function printRanking(io: CliIo, blocs: readonly BlocResult[]): void {
  const T = texts(io.lang);
  if (blocs.length === 0) {
    io.out(T.noBlocs);
    return;
  }
  for (const b of blocs) {
    io.out(T.blocHeading(b.name, formatNumber(b.scale, io.lang)));
    for (const u of b.units) io.out(T.unitLine(u.rank, u.unit, formatNumber(u.total, io.lang), classificationText(u, io.lang), proposalText(u, io.lang)));
  }
}
