/**
 * @jest-environment jsdom
 */
import '../support/dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeWorkbook } from '../../../src/taskpane/engine';
import { STRINGS } from '../../../src/taskpane/i18n';
import { FakePort } from '../support/fakePort';
import { exampleWorkbook } from '../support/fixtures';
import { NOW, renderPane } from '../support/render';

const vi = STRINGS.vi;

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
  await screen.findByRole('button', { name: 'Kiểm tra lại' });
  await user.click(screen.getByRole('tab', { name: 'Cấu hình' }));
}

describe('Cấu hình form', () => {
  it('shows the parameters in force, read from the workbook', async () => {
    const user = userEvent.setup();
    renderPane(new FakePort(exampleWorkbook()));
    await openSettings(user);
    expect((screen.getByRole('textbox', { name: 'Tên cơ quan' }) as HTMLInputElement).value).toBe('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ');
    expect((screen.getByRole('textbox', { name: 'Tỷ lệ đề nghị Bằng khen' }) as HTMLInputElement).value).toBe('20 %');
  });

  it('writes the Cấu hình sheet, keeping its other rows, and the engine then uses the new values', async () => {
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    renderPane(port);
    await openSettings(user);
    const rate = screen.getByRole('textbox', { name: 'Tỷ lệ đề nghị Bằng khen' });
    await user.clear(rate);
    await user.type(rate, '40 %');
    await user.click(screen.getByRole('combobox', { name: 'Làm tròn' }));
    await user.click(screen.getByRole('option', { name: 'Lên' }));
    await user.click(screen.getByRole('button', { name: vi.settingsSave }));
    await screen.findByText(vi.settingsSaved);
    expect(port.calls).toContain('writeValues:Cấu hình');
    const rows = port.sheet('Cấu hình')!.values;
    expect(rows).toContainEqual(['Ghi chú riêng của phòng', 'giữ nguyên dòng này', 'không phải tham số']);
    const params = analyzeWorkbook({ sheets: port.sheets }, {}, { lang: 'vi', now: NOW }).params;
    expect(params.meritRate).toBe(0.4);
    expect(params.rounding).toBe('up');
    // The form now shows what the workbook holds.
    expect((screen.getByRole('textbox', { name: 'Tỷ lệ đề nghị Bằng khen' }) as HTMLInputElement).value).toBe('40 %');
  });

  it('sets the registration deadline (SPEC §9), which the engine then applies', async () => {
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    renderPane(port);
    await openSettings(user);
    expect(screen.getByRole('group', { name: vi.settingsCycle })).toBeTruthy();
    const deadline = screen.getByRole('textbox', { name: 'Hạn đăng ký thi đua' });
    await user.clear(deadline);
    await user.type(deadline, '32/10');
    expect(screen.getByText(vi.invalidDate)).toBeTruthy();
    expect(screen.getByRole('button', { name: vi.settingsSave }).hasAttribute('disabled')).toBe(true);
    await user.clear(deadline);
    await user.type(deadline, '15/11');
    await user.click(screen.getByRole('button', { name: vi.settingsSave }));
    await screen.findByText(vi.settingsSaved);
    const params = analyzeWorkbook({ sheets: port.sheets }, {}, { lang: 'vi', now: NOW }).params;
    expect(params.registrationDeadline).toEqual({ day: 15, month: 11, year: null });
  });

  it('refuses a rate above 100 % and does not write', async () => {
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    renderPane(port);
    await openSettings(user);
    const rate = screen.getByRole('textbox', { name: 'Tỷ lệ CSTĐCS' });
    await user.clear(rate);
    await user.type(rate, '150');
    expect(screen.getByText(vi.invalidPercent)).toBeTruthy();
    expect(screen.getByRole('button', { name: vi.settingsSave }).hasAttribute('disabled')).toBe(true);
    expect(port.calls.some((c) => c.startsWith('writeValues'))).toBe(false);
  });
});
