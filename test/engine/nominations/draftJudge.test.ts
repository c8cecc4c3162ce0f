/** Judging drafts by combination of readings gives each draft what judging it on its own gives. */
import type { CellValue } from '../../../src/workbook/snapshot';
import type { Located, PersonRow } from '../../../src/engine/nominations/types';
import type { AwardCode } from '../../../src/engine/nominations/vocab/awards';
import { evaluateIndividual, ruleFor, statusOf } from '../../../src/engine/rules/evaluate';
import { LUAT_TDKT_2022 } from '../../../src/engine/rules/luatTdkt2022';
import { parseDiscipline, parseRating } from '../../../src/engine/nominations/vocab/ratings';
import { parseInitiative } from '../../../src/engine/nominations/vocab/initiatives';
import { readLeave, readService } from '../../../src/engine/nominations/personFields';
import { Draft, NO_OUTCOMES } from '../../../src/engine/nominations/draft';
import { DraftContext } from '../../../src/engine/nominations/draftContext';
import { DraftJudge } from '../../../src/engine/nominations/draftJudge';
import { params } from './support';

interface Spec {
  rating?: string;
  discipline?: string;
  leave?: CellValue;
  initiative?: CellValue;
}

const at = <T>(read: T, cell: string | null): Located<T> => ({ read, cell });

function row(spec: Spec, r: number): PersonRow {
  return {
    identity: `p${r}`,
    nameCell: `B${r}`,
    awardCell: `E${r}`,
    rating: at(parseRating(spec.rating ?? 'HTTNV'), `F${r}`),
    discipline: at(parseDiscipline(spec.discipline ?? ''), `J${r}`),
    leave: at(readLeave(spec.leave ?? null, ''), `H${r}`),
    service: at(readService(null, null, null), `K${r}`),
    initiative: at(parseInitiative(spec.initiative ?? null), `G${r}`),
  } as unknown as PersonRow;
}

const specs: Spec[] = [{}, { rating: 'HTNV' }, {}, { rating: '' }, { rating: 'HTNV' }, { discipline: 'Khiển trách', leave: 60 }, { initiative: 'SK cấp tỉnh', rating: 'HTXSNV' }, { leave: 60, discipline: 'Khiển trách' }];
const rows = specs.map((s, i) => row(s, i + 2));
const newContext = (): DraftContext => new DraftContext({ params: params(), frame: null, votes: [], blocs: [] }, false, new Map(), Int32Array.from(rows, (_, i) => i));

describe('DraftJudge', () => {
  test.each(['LDTT', 'CSTDCS', 'GIAY_KHEN'] as AwardCode[])('%s: every draft gets the reasons and base status it gets judged on its own', (award) => {
    const rule = ruleFor(LUAT_TDKT_2022, award)!;
    const ctx = newContext();
    const judge = new DraftJudge(LUAT_TDKT_2022, ctx, rows);
    const drafts = rows.map((p, i) => new Draft(p, award, NO_OUTCOMES, [], i));
    judge.judgeAll(rule, drafts, true);
    drafts.forEach((d, i) => {
      const alone = evaluateIndividual(rule, rows[i]!, ctx.of(i, []));
      expect(d.outcomes).toEqual(alone);
      expect(d.judged).toBe(statusOf(alone));
      expect(judge.status(rule, rows[i]!, i)).toBe(statusOf(alone));
    });
    // Rows typed alike name their own cells.
    expect(drafts[1]!.outcomes[0]!.cell).toBe('F3');
    expect(drafts[4]!.outcomes[0]!.cell).toBe('F6');
  });

  test('drafts without a row index are judged draft by draft', () => {
    const rule = ruleFor(LUAT_TDKT_2022, 'LDTT')!;
    const ctx = newContext();
    const judge = new DraftJudge(LUAT_TDKT_2022, ctx, rows);
    const drafts = rows.map((p) => new Draft(p, 'LDTT', NO_OUTCOMES, []));
    judge.judgeAll(rule, drafts, false);
    drafts.forEach((d, i) => {
      expect(d.outcomes).toEqual(evaluateIndividual(rule, rows[i]!, ctx.of(i, [])));
      expect(d.judged).toBeUndefined();
    });
  });
});
