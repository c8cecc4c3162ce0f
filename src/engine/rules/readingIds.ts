/**
 * A small integer per distinct combination of a person's own readings (rating, discipline, service,
 * leave, initiative): what rules that read only those fields are judged by (./judgements.ts). Readings
 * are immutable and shared by the readers between rows typed alike, so their identity is the key; the
 * readings made per row (a number of leave days, of months of service) are keyed by their values.
 */
import type { LeaveRead, PersonRow, ServiceRead } from '../nominations/types';
import type { PersonField } from './types';

type Level = Map<unknown, unknown>;

// A text, not arithmetic on the number: days and months may be fractional or negative as typed, and
// no sum of a number and a flag is then unambiguous (10.5 days of maternity leave vs 11 days of other).
function leaveKey(l: LeaveRead): unknown {
  return l.kind === 'days' ? (l.maternity ? 'm' : 'o') + String(l.days) : l;
}

function serviceKey(s: ServiceRead): unknown {
  return s.kind === 'months' ? (s.from === 'months' ? 'm' : 'h') + String(s.months) : s;
}

/**
 * The key of a row's reading of one field, one function per field: equal keys are equal readings (the
 * key of a combination's step in `ReadingIds`, and what a condition reading that field is judged by).
 */
export const READING_KEY: Readonly<Record<PersonField, (p: PersonRow) => unknown>> = {
  rating: (p) => p.rating.read,
  discipline: (p) => p.discipline.read,
  service: (p) => serviceKey(p.service.read),
  leave: (p) => leaveKey(p.leave.read),
  initiative: (p) => p.initiative.read,
};

export class ReadingIds {
  private readonly root: Level = new Map();
  private count = 0;

  /** Number of distinct combinations seen so far. */
  get size(): number {
    return this.count;
  }

  of(p: PersonRow): number {
    const l1 = step(this.root, READING_KEY.rating(p));
    const l2 = step(l1, READING_KEY.discipline(p));
    const l3 = step(l2, READING_KEY.service(p));
    const l4 = step(l3, READING_KEY.leave(p));
    const k = READING_KEY.initiative(p);
    const id = l4.get(k) as number | undefined;
    if (id !== undefined) return id;
    l4.set(k, this.count);
    return this.count++;
  }

  /** The id of every row, by row index. */
  ofAll(rows: readonly PersonRow[]): Int32Array {
    const ids = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) ids[i] = this.of(rows[i]!);
    return ids;
  }
}

function step(level: Level, key: unknown): Level {
  const next = level.get(key) as Level | undefined;
  if (next !== undefined) return next;
  const made: Level = new Map();
  level.set(key, made);
  return made;
}
