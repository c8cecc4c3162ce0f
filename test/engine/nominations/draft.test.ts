import { Draft, NO_OUTCOMES } from '../../../src/engine/nominations/draft';
import type { SourcedOutcome } from '../../../src/engine/rules/evaluate';
import type { PersonRow } from '../../../src/engine/nominations/types';

const person = {} as PersonRow;
const o = (code: string): SourcedOutcome => ({ code, status: 'review', cell: 'A1', params: {}, source: '' });

describe('Draft', () => {
  test('shares the frozen empty list until a reason is added, then owns its list', () => {
    const a = new Draft(person, 'LDTT', NO_OUTCOMES, []);
    const b = new Draft(person, 'LDTT', NO_OUTCOMES, []);
    expect(a.outcomes).toBe(b.outcomes);
    a.add(o('X'));
    a.add(o('Y'));
    expect(a.outcomes.map((x) => x.code)).toEqual(['X', 'Y']);
    expect(b.outcomes).toEqual([]);
    expect(NO_OUTCOMES).toEqual([]);
  });

  test('adopts a fresh list of reasons, copies onto an existing one, ignores the frozen empty one', () => {
    const fresh = [o('A')];
    const a = new Draft(person, 'LDTT', NO_OUTCOMES, []);
    a.addAll(NO_OUTCOMES);
    expect(a.outcomes).toBe(NO_OUTCOMES);
    a.addAll(fresh);
    expect(a.outcomes).toBe(fresh);
    const b = new Draft(person, 'LDTT', [o('U')], []);
    b.addAll([o('B'), o('C')]);
    expect(b.outcomes.map((x) => x.code)).toEqual(['U', 'B', 'C']);
    expect(b.preQuota).toBeUndefined();
    expect(b.judged).toBeUndefined();
  });
});
