/**
 * How unit names are matched across sheets: folded, punctuation-free, without the "Trường" that some
 * sheets put in front ("Trường THCS Đầm Hà" = "THCS Đầm Hà" = "thcs dam ha").
 */
import { looseKey } from '../cells/text';

export function unitMatchKey(name: string): string {
  return looseKey(name)
    .replace(/[.]/g, ' ')
    .replace(/^truong\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
