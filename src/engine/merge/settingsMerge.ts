/**
 * The `Cấu hình` sheet is taken from the first file that has one; another file's settings that
 * differ are named, not merged (two values of one parameter cannot both hold).
 */
import type { FindingSink } from '../findings/types';
import type { HeaderMatch } from '../cells/headers';
import type { SheetGrid } from '../cells/grid';
import { cellText } from '../cells/values';
import { looseKey } from '../cells/text';

export interface SettingsSource {
  readonly file: string;
  readonly grid: SheetGrid;
  readonly header: HeaderMatch | null;
}

/** Parameter label → value text, in sheet order. */
export function settingsValues(src: SettingsSource): Map<string, { label: string; value: string }> {
  const out = new Map<string, { label: string; value: string }>();
  if (!src.header) return out;
  const kc = src.header.columns.key!;
  const vc = src.header.columns.value!;
  for (let r = src.header.row + 1; r < src.grid.rowCount; r++) {
    const label = cellText(src.grid.get(r, kc));
    if (!label) continue;
    out.set(looseKey(label), { label, value: cellText(src.grid.get(r, vc)) });
  }
  return out;
}

/** Shown at most; the rest are counted. */
const MAX_KEYS = 8;

export function compareSettings(base: SettingsSource, other: SettingsSource, sink: FindingSink): void {
  const a = settingsValues(base);
  const b = settingsValues(other);
  const differing: string[] = [];
  for (const [k, v] of b) {
    const ref = a.get(k);
    if (!ref || looseKey(ref.value) !== looseKey(v.value)) differing.push(v.label);
  }
  if (differing.length === 0) return;
  const shown = differing.slice(0, MAX_KEYS).join(', ') + (differing.length > MAX_KEYS ? ` (+${differing.length - MAX_KEYS})` : '');
  sink.info('MERGE_SETTINGS_DIFFER', { sheet: other.grid.name }, { file: other.file, firstFile: base.file, keys: shown });
}
