/**
 * Sheet names Excel accepts: at most 31 characters, none of [ ] : * ? / \, not starting or ending with an
 * apostrophe, not "History" (reserved by Excel), unique ignoring case.
 */

export const MAX_SHEET_NAME = 31;
const ILLEGAL = /[[\]:*?/\\]/g;

/** The key Excel compares sheet names by (case-insensitive, Unicode-aware). */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLocaleUpperCase('vi');
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/** Cuts to `max` characters (code points), at a word boundary when one is near, without trailing junk. */
export function truncateName(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  // Prefer a whole word unless that throws away more than a third of the room.
  const base = space >= Math.ceil((max * 2) / 3) ? cut.slice(0, space) : cut;
  return base.replace(/[\s\-–.,;'(]+$/u, '');
}

/** A legal sheet name for `name` (illegal characters become "-"); `fallback` when nothing is left. */
export function legalSheetName(name: string, fallback = 'Sheet'): string {
  let s = name.normalize('NFC').replace(ILLEGAL, '-').replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  s = truncateName(s, MAX_SHEET_NAME).replace(/^'+|'+$/g, '').trim();
  if (s === '' || sheetNameKey(s) === 'HISTORY') return fallback;
  return s;
}

/** "XH Khối THCS": the ranking sheet of one bloc. */
export function blocSheetName(bloc: string): string {
  return legalSheetName(`XH ${bloc.trim()}`, 'XH');
}

/** `name`, or "name (2)", "name (3)"… (shortened to fit 31 characters) so it clashes with none of `taken`. */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(sheetNameKey(t));
  if (!used.has(sheetNameKey(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${truncateName(name, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

/** Makes every name of a list legal and unique among themselves (first come keeps its name). */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) out.push(uniqueSheetName(legalSheetName(n), out));
  return out;
}
