/**
 * Renders findings into user text. The location ("Khối THCS!F7") is always prefixed by the renderer,
 * so every message that concerns a cell names it, whatever its template says.
 */
import type { Catalog, Finding, FindingParams, Lang } from './types';
import { workbookMessages } from './catalog/workbook';
import { blocMessages } from './catalog/bloc';
import { nominationsMessages } from './catalog/nominations';
import { outputMessages } from './catalog/output';
import { mergeMessages } from './catalog/merge';
import { notesMessages } from './catalog/notes';
import { cycleMessages } from './catalog/cycle';
import { reliabilityMessages } from './catalog/reliability';

const catalogs: readonly Catalog[] = [workbookMessages, blocMessages, nominationsMessages, outputMessages, mergeMessages, notesMessages, cycleMessages, reliabilityMessages];

export const allMessages: Catalog = Object.assign({}, ...catalogs);

/** "Khối THCS!F7", "Khối THCS" or "" */
export function findingLocation(f: Pick<Finding, 'sheet' | 'cell'>): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet ?? '';
}

/** The message text alone (no location prefix). Unknown codes fall back to the code and params. */
export function messageText(code: string, params: FindingParams, lang: Lang): string {
  const def = allMessages[code];
  if (!def) return `${code} ${JSON.stringify(params)}`;
  return def[lang](params);
}

/** The full message: "Khối THCS!F7: …". */
export function renderFinding(f: Finding, lang: Lang = 'vi'): string {
  const where = findingLocation(f);
  const text = messageText(f.code, f.params, lang);
  return where ? `${where}: ${text}` : text;
}
