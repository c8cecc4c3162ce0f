/**
 * The target group (Đối tượng) of an advanced example as typed: "Giáo viên", "GV", "Cán bộ quản lý",
 * "Hiệu trưởng", "Học sinh lớp 9", "Tập thể, mô hình"… → one group, or null when it says none clearly.
 */
import { foldKey } from '../cells/text';
import type { ExampleGroup } from '../settings/cycleParams';
import { parseGroups } from '../settings/parseCycle';

const KEYWORDS: readonly [ExampleGroup, RegExp][] = [
  ['HS', /\b(?:hoc sinh|hs|hoc vien)\b/],
  ['TAPTHE', /\b(?:tap the|mo hinh|to chuyen mon|chi doan|lien doi)\b/],
  ['CBQL', /\b(?:cbql|can bo quan ly|quan ly|hieu truong|pho hieu truong|giam doc|truong phong)\b/],
  ['GV', /\b(?:giao vien|gv|nha giao)\b/],
  ['NV', /\b(?:nhan vien|nv|ke toan|van thu|thu vien|thiet bi|y te hoc duong)\b/],
];

export function readGroup(text: string): ExampleGroup | null {
  const k = foldKey(text).trim();
  if (!k) return null;
  const listed = parseGroups(k);
  if (listed && listed.length === 1) return listed[0]!;
  const hits = KEYWORDS.filter(([, re]) => re.test(k)).map(([g]) => g);
  return hits.length === 1 ? hits[0]! : null;
}
