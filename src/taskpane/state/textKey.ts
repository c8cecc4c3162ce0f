/**
 * How the pane compares a header or a settings key typed by a user: the engine's fold (case, spacing,
 * diacritics, Đ/Ð) and punctuation read as spaces, so "Năm học:" and "nam hoc" are one key.
 */
import { foldKey } from '../../engine';

export function textKey(s: string): string {
  return foldKey(s)
    .replace(/[,;:()[\]{}"'“”‘’\-–—_/\\|*!?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
