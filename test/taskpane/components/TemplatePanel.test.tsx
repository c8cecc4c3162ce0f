/**
 * @jest-environment jsdom
 */
import '../support/dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exampleSheetPlans } from '../../../src/taskpane/template';
import { STRINGS } from '../../../src/taskpane/i18n';
import { FakePort } from '../support/fakePort';
import { exampleWorkbook, sheet, workbook } from '../support/fixtures';
import { renderPane } from '../support/render';

const vi = STRINGS.vi;

describe('Tạo mẫu', () => {
  it('adds the example sheets to an empty workbook and checks them', async () => {
    const user = userEvent.setup();
    const port = new FakePort(workbook(sheet('Sheet1', [])));
    renderPane(port);
    await user.click(screen.getByRole('tab', { name: 'Tạo mẫu' }));
    await user.click(screen.getByRole('button', { name: vi.templateButton }));
    const names = exampleSheetPlans().map((p) => p.name);
    await screen.findByText(vi.templateAdded(names.length));
    expect(port.sheets.map((s) => s.name)).toEqual(['Sheet1', ...names]);
    // It was checked right away: the ranking is ready.
    await user.click(screen.getByRole('tab', { name: 'Xếp hạng' }));
    expect(screen.getAllByRole('table').length).toBeGreaterThan(0);
  });

  it('refuses a workbook that already holds data', async () => {
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    renderPane(port);
    await user.click(screen.getByRole('tab', { name: 'Tạo mẫu' }));
    await user.click(screen.getByRole('button', { name: vi.templateButton }));
    expect(await screen.findByText(vi.templateNotEmpty)).toBeTruthy();
    expect(port.calls).not.toContain('addSheets');
  });
});
