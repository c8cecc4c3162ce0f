/** LĐTT (Khoản 1 Điều 24 Luật TĐKT 2022) and the conditions every title inherits from it. */
import { one, params } from '../nominations/support';

describe('LĐTT: rating ≥ HTTNV', () => {
  test('pass: HTTNV and HTXSNV', () => {
    expect(one({ rating: 'HTTNV' }).status).toBe('eligible');
    expect(one({ rating: 'Hoàn thành xuất sắc nhiệm vụ' }).status).toBe('eligible');
  });
  test('fail: HTNV (boundary just below) and "Không"', () => {
    expect(one({ rating: 'HTNV' })).toMatchObject({ status: 'ineligible', codes: ['RATING_BELOW'] });
    expect(one({ rating: 'Không' })).toMatchObject({ status: 'ineligible', codes: ['RATING_BELOW'] });
  });
  test('missing data: empty → review; unreadable → review', () => {
    expect(one({ rating: null })).toMatchObject({ status: 'review', codes: ['NOMINEE_DATA_MISSING'] });
    expect(one({ rating: 'Tốt' })).toMatchObject({ status: 'review', codes: ['NOMINEE_VALUE_UNREADABLE'] });
  });
});

describe('LĐTT: no discipline (khiển trách or above bars any title)', () => {
  test('pass: empty or "Không"', () => {
    expect(one({ discipline: '' }).status).toBe('eligible');
    expect(one({ discipline: 'Không' }).status).toBe('eligible');
  });
  test('fail at the mildest measure, khiển trách', () => {
    const r = one({ discipline: 'Khiển trách' });
    expect(r).toMatchObject({ status: 'ineligible', codes: ['DISCIPLINED'] });
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!J2: Bị kỷ luật (Khiển trách) trong kỳ: không xét tặng danh hiệu thi đua.');
  });
  test('an unreadable measure → review', () => {
    expect(one({ discipline: 'Nhắc nhở' })).toMatchObject({ status: 'review', codes: ['NOMINEE_VALUE_UNREADABLE'] });
  });
});

describe('LĐTT: months of service ≥ Số tháng công tác tối thiểu', () => {
  test('boundary: 6 passes, 5 fails', () => {
    expect(one({ months: 6 }).status).toBe('eligible');
    expect(one({ months: 5 })).toMatchObject({ status: 'ineligible', codes: ['SERVICE_TOO_SHORT'] });
  });
  test('unknown months are not a reason (SPEC: "when known")', () => {
    expect(one({ months: null }).status).toBe('eligible');
  });
  test('the parameter is read from Cấu hình', () => {
    expect(one({ months: 8 }, params({ minServiceMonths: 10 }))).toMatchObject({ status: 'ineligible', codes: ['SERVICE_TOO_SHORT'] });
  });
  test('unreadable → review', () => {
    expect(one({ months: 'nửa năm' })).toMatchObject({ status: 'review', codes: ['NOMINEE_VALUE_UNREADABLE'] });
  });
});

describe('LĐTT: non-maternity leave of Số ngày nghỉ tối đa days or more', () => {
  test('boundary: 39 passes, 40 and 41 go to review (default severity)', () => {
    expect(one({ leave: 39 }).status).toBe('eligible');
    expect(one({ leave: 40 })).toMatchObject({ status: 'review', codes: ['LEAVE_TOO_LONG'] });
    expect(one({ leave: 41 })).toMatchObject({ status: 'review', codes: ['LEAVE_TOO_LONG'] });
  });
  test('maternity leave is exempt', () => {
    expect(one({ leave: 120, leaveReason: 'Nghỉ thai sản' }).status).toBe('eligible');
    expect(one({ leave: '41 (thai sản)' }).status).toBe('eligible');
  });
  test('empty means no leave', () => {
    expect(one({ leave: null }).status).toBe('eligible');
  });
  test('the severity parameter: Lỗi → ineligible, Bỏ qua → nothing', () => {
    expect(one({ leave: 41 }, params({ leaveSeverity: 'error' }))).toMatchObject({ status: 'ineligible', codes: ['LEAVE_TOO_LONG'] });
    expect(one({ leave: 41 }, params({ leaveSeverity: 'ignore' })).status).toBe('eligible');
  });
  test('the threshold is a parameter', () => {
    expect(one({ leave: 41 }, params({ maxLeaveDays: 45 })).status).toBe('eligible');
  });
  test('unreadable → review; the message names the cell', () => {
    const r = one({ leave: 'nhiều' });
    expect(r).toMatchObject({ status: 'review', codes: ['NOMINEE_VALUE_UNREADABLE'] });
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!H2: Không đọc được "Số ngày nghỉ": "nhiều".');
  });
});

describe('Giấy khen: rating ≥ HTTNV, no discipline', () => {
  test('pass, fail, missing, boundary', () => {
    expect(one({ award: 'Giấy khen', rating: 'HTTNV' }).status).toBe('eligible');
    expect(one({ award: 'GK', rating: 'HTNV' })).toMatchObject({ status: 'ineligible', codes: ['RATING_BELOW'] });
    expect(one({ award: 'GK', rating: 'HTTNV', discipline: 'Cảnh cáo' })).toMatchObject({ status: 'ineligible', codes: ['DISCIPLINED'] });
    expect(one({ award: 'GK', rating: null })).toMatchObject({ status: 'review', codes: ['NOMINEE_DATA_MISSING'] });
  });
});
