import type { UnitResult } from '../../../src/engine/model';
import { UnitNotesColumn, unitNotes } from '../../../src/engine/plan/labels';

type Notes = Pick<UnitResult, 'notes'>;

describe('UnitNotesColumn', () => {
  const vetoed: Notes = { notes: [{ code: 'NOTE_VETO', params: { codes: 'V1, V2' } }] };
  const two: Notes = {
    notes: [
      { code: 'NOTE_SELF_USED', params: { count: 3 } },
      { code: 'NOTE_GAP', params: { self: 95, bloc: 90, gap: 5 } },
    ],
  };
  const none: Notes = { notes: [] };

  test("a unit's notes joined by '; ', null when it has none, in either language", () => {
    for (const lang of ['vi', 'en'] as const) {
      const column = new UnitNotesColumn(lang);
      for (const u of [vetoed, two, none]) expect(column.of(u)).toBe(unitNotes(u, lang).join('; ') || null);
      expect(column.of(two)).toContain('; ');
    }
  });

  test('made once per unit: the summary and the bloc sheet share the same text', () => {
    const column = new UnitNotesColumn('vi');
    const first = column.of(two);
    expect(column.of(two)).toBe(first);
    expect(column.of({ notes: [...two.notes] })).toBe(first);
  });
});
