/**
 * The `Cấu hình` keys of SPEC §9: `Hạn đăng ký`, `Đợt`, `Đợt N` (its scoring sheets), `Trọng số Đợt N`
 * and the advanced-example rules (`Điển hình`, `Điển hình mỗi trường`, `… mỗi khối`, `… toàn danh sách`).
 * Keys with a phase number are matched by pattern (see cycleKeyFor).
 */
import type { CellValue } from '../../workbook/snapshot';
import { looseKey } from '../cells/text';
import { DEFAULT_EXAMPLE_RULES, type ExampleRule, type ExampleScope } from './cycleParams';
import { parseDeadline, parseExampleRules, parsePhase, parsePhaseWeight, phaseNumber } from './parseCycle';
import { parseNameList } from './parseValues';
import type { MutableParams, SettingKey } from './settingKeys';

/**
 * Rows of `Điển hình …` keys replace the default rules as a whole (the first row drops the defaults,
 * later rows add to it): what the sheet says is the complete list of rules checked.
 */
function addExampleRules(p: MutableParams, rules: readonly ExampleRule[]): void {
  p.exampleRules = p.exampleRules === DEFAULT_EXAMPLE_RULES ? [...rules] : [...p.exampleRules, ...rules];
}

function exampleKey(id: string, label: string, aliases: readonly string[], scope: ExampleScope | null): SettingKey {
  return {
    id,
    label,
    aliases,
    apply: (p, v) => {
      const rules = parseExampleRules(v, scope);
      if (!rules) return false;
      addExampleRules(p, rules);
      return true;
    },
  };
}

/** The registration deadline's key and its other spellings (the task pane's settings form writes it too). */
export const REGISTRATION_DEADLINE_KEY = {
  id: 'registrationDeadline',
  label: 'Hạn đăng ký',
  aliases: ['Hạn đăng ký thi đua', 'Thời hạn đăng ký', 'Thời hạn đăng ký thi đua', 'Hạn nộp đăng ký', 'Hạn nộp đăng ký thi đua'],
} as const;

export const CYCLE_SETTING_KEYS: readonly SettingKey[] = [
  {
    ...REGISTRATION_DEADLINE_KEY,
    apply: (p, v) => {
      const d = parseDeadline(v);
      if (!d) return false;
      p.registrationDeadline = d;
      return true;
    },
  },
  {
    id: 'defaultPhase',
    label: 'Đợt',
    aliases: ['Đợt thi đua', 'Đợt đánh giá'],
    apply: (p, v) => {
      const n = parsePhase(v);
      if (n === null) return false;
      p.defaultPhase = n;
      return true;
    },
  },
  exampleKey('exampleRules', 'Điển hình', ['Điển hình tiên tiến', 'Số lượng điển hình', 'Số lượng điển hình tiên tiến', 'Chỉ tiêu điển hình', 'Quy định điển hình'], null),
  exampleKey('exampleRules:unit', 'Điển hình mỗi trường', ['Điển hình mỗi đơn vị', 'Điển hình mỗi cơ sở', 'Điển hình tiên tiến mỗi trường', 'Điển hình tiên tiến mỗi đơn vị'], 'unit'),
  exampleKey('exampleRules:bloc', 'Điển hình mỗi khối', ['Điển hình mỗi cụm', 'Điển hình tiên tiến mỗi khối', 'Điển hình tiên tiến mỗi cụm'], 'bloc'),
  exampleKey('exampleRules:list', 'Điển hình toàn danh sách', ['Điển hình toàn ngành', 'Điển hình cả phòng', 'Điển hình mỗi phòng', 'Điển hình tiên tiến toàn danh sách'], 'list'),
];

function weightKey(n: number): SettingKey {
  return {
    id: `phaseWeight:${n}`,
    label: `Trọng số Đợt ${n}`,
    aliases: [],
    apply: (p, v) => {
      const w = parsePhaseWeight(v);
      if (w === null) return false;
      p.phaseWeights = { ...p.phaseWeights, [n]: w };
      return true;
    },
  };
}

function phaseSheetsKey(n: number): SettingKey {
  return {
    id: `phaseSheets:${n}`,
    label: `Đợt ${n}`,
    aliases: [],
    apply: (p, v: CellValue) => {
      const names = parseNameList(v);
      if (!names.length) return false;
      p.phaseSheets = { ...p.phaseSheets, [n]: names };
      return true;
    },
  };
}

const WEIGHT_KEY = /^(?:trong so|ty trong|ti trong)(?: cua)? dot(?: thi dua)? (\d{1,2}|[ivx]+)$/;
const PHASE_KEY = /^dot(?: thi dua)? (\d{1,2}|[ivx]+)$/;

/** `Trọng số Đợt 2` / `Đợt II` → the key for that phase; null for any other key. */
export function cycleKeyFor(typed: string): SettingKey | null {
  const k = looseKey(typed.replace(/\([^)]*\)/g, ' '));
  let m = WEIGHT_KEY.exec(k);
  if (m) {
    const n = phaseNumber(m[1]!);
    return n === null ? null : weightKey(n);
  }
  m = PHASE_KEY.exec(k);
  if (m) {
    const n = phaseNumber(m[1]!);
    return n === null ? null : phaseSheetsKey(n);
  }
  return null;
}
