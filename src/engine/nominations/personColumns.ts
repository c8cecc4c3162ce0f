/**
 * The columns of an individual nominations sheet (SPEC §3.6), resolved once per sheet into plain number
 * fields (-1: the sheet has no such column), so reading a row never looks a column up by name.
 */
export interface PersonColumns {
  readonly stt: number;
  readonly name: number;
  readonly birth: number;
  readonly id: number;
  readonly position: number;
  readonly unit: number;
  readonly award: number;
  readonly rating: number;
  readonly initiative: number;
  readonly initiativeLevel: number;
  readonly initiativeCount: number;
  readonly leaveDays: number;
  readonly leaveReason: number;
  readonly discipline: number;
  readonly hireDate: number;
  readonly serviceMonths: number;
  readonly history: number;
}

export function personColumns(columns: Readonly<Record<string, number>>): PersonColumns {
  const at = (key: keyof PersonColumns): number => columns[key] ?? -1;
  return {
    stt: at('stt'),
    name: at('name'),
    birth: at('birth'),
    id: at('id'),
    position: at('position'),
    unit: at('unit'),
    award: at('award'),
    rating: at('rating'),
    initiative: at('initiative'),
    initiativeLevel: at('initiativeLevel'),
    initiativeCount: at('initiativeCount'),
    leaveDays: at('leaveDays'),
    leaveReason: at('leaveReason'),
    discipline: at('discipline'),
    hireDate: at('hireDate'),
    serviceMonths: at('serviceMonths'),
    history: at('history'),
  };
}
