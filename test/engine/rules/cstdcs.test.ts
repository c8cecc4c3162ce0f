/** CSTĐCS (Điều 23 Luật TĐKT 2022): the LĐTT conditions + HTXSNV + an initiative recognised at cơ sở level or higher. */
import { one } from '../nominations/support';

const cstdcs = { award: 'CSTĐCS', rating: 'HTXSNV', initiative: 'SKKN cấp cơ sở' };

describe('CSTĐCS', () => {
  test('pass', () => {
    expect(one(cstdcs).status).toBe('eligible');
  });
  test('boundary HTTNV vs HTXSNV', () => {
    expect(one({ ...cstdcs, rating: 'HTTNV' })).toMatchObject({ status: 'ineligible', codes: ['RATING_BELOW'] });
  });
  test('"Không" initiative is a fact → ineligible; empty → review', () => {
    expect(one({ ...cstdcs, initiative: 'Không' })).toMatchObject({ status: 'ineligible', codes: ['INITIATIVE_NONE'] });
    expect(one({ ...cstdcs, initiative: 0 })).toMatchObject({ status: 'ineligible', codes: ['INITIATIVE_NONE'] });
    expect(one({ ...cstdcs, initiative: null })).toMatchObject({ status: 'review', codes: ['NOMINEE_DATA_MISSING'] });
  });
  test('an initiative without a written level counts at cơ sở (listed by the unit itself)', () => {
    expect(one({ ...cstdcs, initiative: 'Đổi mới phương pháp dạy học' }).status).toBe('eligible');
  });
  test('inherits the LĐTT conditions', () => {
    expect(one({ ...cstdcs, discipline: 'Khiển trách' })).toMatchObject({ status: 'ineligible', codes: ['DISCIPLINED'] });
    expect(one({ ...cstdcs, months: 5 })).toMatchObject({ status: 'ineligible', codes: ['SERVICE_TOO_SHORT'] });
    expect(one({ ...cstdcs, leave: 40 })).toMatchObject({ status: 'review', codes: ['LEAVE_TOO_LONG'] });
  });
});
