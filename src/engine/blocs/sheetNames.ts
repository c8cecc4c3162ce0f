/**
 * Sheet roles recognised by name (SPEC §3, §5). Matching is forgiving (see cells/text.ts): case,
 * diacritics and spacing do not matter. Output sheets — the add-in's own, possibly suffixed " (2)" —
 * and the very-hidden `_thidua` are never read as input.
 */
import type { SheetSnapshot } from '../../workbook/snapshot';
import type { SheetRole } from '../model';
import { cleanText, looseKey } from '../cells/text';

const foldedAliases = new WeakMap<readonly string[], readonly string[]>();

/** `exact`: the whole name; `prefix`: the name starts with the alias followed by a space. */
function nameIs(name: string, aliases: readonly string[], mode: 'exact' | 'prefix'): boolean {
  const k = looseKey(name);
  let folded = foldedAliases.get(aliases);
  if (!folded) foldedAliases.set(aliases, (folded = aliases.map(looseKey)));
  return folded.some((f) => k === f || (mode === 'prefix' && k.startsWith(`${f} `)));
}

export const SETTINGS_SHEET_NAMES = ['Cấu hình', 'Thiết lập', 'Tham số', 'Cấu hình tham số'];
export const CRITERIA_SHEET_NAMES = ['Tiêu chí', 'Bảng tiêu chí', 'Tiêu chí chấm điểm', 'Tiêu chí thi đua'];
export const UNITS_SHEET_NAMES = ['Đơn vị', 'Danh sách đơn vị', 'DS đơn vị', 'Danh sách các đơn vị', 'Đơn vị thi đua'];
export const VOTES_SHEET_NAMES = ['Suy tôn', 'Kết quả bỏ phiếu', 'Kết quả suy tôn', 'Bỏ phiếu', 'Phiếu bầu', 'Kết quả bầu'];
/** Names of the sheets the add-in writes (§5). */
export const OUTPUT_SHEET_NAMES = [
  'Tổng hợp xếp hạng',
  'XH',
  'Kiểm tra đề nghị',
  'Tỷ lệ khen thưởng',
  'Tỉ lệ khen thưởng',
  'Danh sách trình Hội đồng',
  'Nhật ký kiểm tra',
  'Tổng hợp đăng ký thi đua',
  'Tổng hợp điển hình tiên tiến',
];
/** Sheets another stage reads (nominations, collectives, registration, examples): never scoring sheets. */
export const OTHER_INPUT_SHEET_NAMES = [
  'Đề nghị khen thưởng',
  'Danh sách đề nghị',
  'Đề nghị tập thể',
  'Đề nghị',
  'Đăng ký thi đua',
  'Điển hình tiên tiến',
];

export const isSettingsSheetName = (n: string): boolean => nameIs(n, SETTINGS_SHEET_NAMES, 'exact');
export const isCriteriaSheetName = (n: string): boolean => nameIs(n, CRITERIA_SHEET_NAMES, 'prefix');
export const isUnitsSheetName = (n: string): boolean => nameIs(n, UNITS_SHEET_NAMES, 'exact');
export const isVotesSheetName = (n: string): boolean => nameIs(n, VOTES_SHEET_NAMES, 'prefix');
export const isOutputSheetName = (n: string): boolean => nameIs(n, OUTPUT_SHEET_NAMES, 'prefix');
export const isOtherInputSheetName = (n: string): boolean => nameIs(n, OTHER_INPUT_SHEET_NAMES, 'prefix');

/** `_thidua` and every very-hidden sheet: the add-in's own storage. */
export function isOwnershipSheet(s: Pick<SheetSnapshot, 'name' | 'visibility'>): boolean {
  return s.visibility === 'veryHidden' || cleanText(s.name).toLowerCase().startsWith('_thidua');
}

/** The role a sheet has by its name alone, or null when the name says nothing (scoring is decided by header). */
export function roleByName(s: Pick<SheetSnapshot, 'name' | 'visibility'>): SheetRole | null {
  if (isOwnershipSheet(s)) return 'ownership';
  if (isOutputSheetName(s.name)) return 'output';
  if (isSettingsSheetName(s.name)) return 'settings';
  if (isCriteriaSheetName(s.name)) return 'criteria';
  if (isUnitsSheetName(s.name)) return 'units';
  if (isVotesSheetName(s.name)) return 'votes';
  return null;
}

/** For a per-bloc criteria sheet ("Tiêu chí Khối THCS") the bloc part ("Khối THCS"); '' for a shared one. */
export function criteriaSheetBloc(name: string): string {
  const words = cleanText(name).split(' ');
  for (const a of [...CRITERIA_SHEET_NAMES].sort((x, y) => y.length - x.length)) {
    const n = looseKey(a).split(' ').length;
    if (looseKey(words.slice(0, n).join(' ')) === looseKey(a)) return words.slice(n).join(' ');
  }
  return '';
}
