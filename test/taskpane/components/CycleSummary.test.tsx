/**
 * @jest-environment jsdom
 */
import '../support/dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exampleTemplateSheets, templateToSnapshot } from '../../../src/engine/template';
import { FakePort } from '../support/fakePort';
import { renderPane } from '../support/render';

describe('§9 summary in the Kiểm tra and Xếp hạng steps', () => {
  it('shows late and missing registrations, the unmet example count and the phase weights', async () => {
    const user = userEvent.setup();
    renderPane(new FakePort(templateToSnapshot(exampleTemplateSheets())));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    await screen.findByRole('button', { name: 'Kiểm tra lại' });
    const check = screen.getByRole('region', { name: 'Tóm tắt đăng ký thi đua, điển hình tiên tiến và đợt thi đua' });
    expect(within(check).getByText('Trễ hạn: Trường THCS Quảng Lợi.')).toBeTruthy();
    expect(within(check).getByText('Chưa đăng ký: Trường TH Đại Bình.')).toBeTruthy();
    expect(within(check).getByText('✗ Khối Mầm non – Cán bộ quản lý, Giáo viên, Nhân viên: 1 (quy định tối thiểu 2)')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Xếp hạng' }));
    const rank = screen.getByRole('region', { name: 'Tóm tắt đăng ký thi đua, điển hình tiên tiến và đợt thi đua' });
    expect(within(rank).getByText(/Khối Mầm non: Tổng điểm năm = 40 % × Đợt 1 \+ 60 % × Đợt 2/)).toBeTruthy();
  });
});
