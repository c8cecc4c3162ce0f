/**
 * @jest-environment jsdom
 */
import '../support/dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeAccessibleName } from 'dom-accessibility-api';
import { memoryPreferences } from '../../../src/preferences';
import { FakePort } from '../support/fakePort';
import { exampleWorkbook } from '../support/fixtures';
import { renderPane } from '../support/render';

describe('App shell', () => {
  it('opens in Vietnamese on the check step, with every step reachable as a tab', () => {
    renderPane(new FakePort(exampleWorkbook()));
    const tabs = within(screen.getByRole('tablist', { name: 'Các bước' })).getAllByRole('tab');
    expect(tabs.map((t) => computeAccessibleName(t))).toEqual(['Kiểm tra', 'Xếp hạng', 'Ghi bảng tổng hợp', 'Tạo mẫu', 'Cấu hình']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('button', { name: 'Kiểm tra sổ tính' })).toBeTruthy();
    expect(screen.getByText('Sổ tính: Sổ thử.xlsx')).toBeTruthy();
  });

  it('switches to English and remembers the choice', async () => {
    const user = userEvent.setup();
    const preferences = memoryPreferences();
    renderPane(new FakePort(exampleWorkbook()), { preferences });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Check workbook' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => computeAccessibleName(t))).toEqual(['Check', 'Rank', 'Write summary', 'Template', 'Settings']);
    expect(preferences.load().lang).toBe('en');
  });

  it('starts in the stored language', () => {
    renderPane(new FakePort(exampleWorkbook()), { preferences: memoryPreferences({ lang: 'en' }) });
    expect(screen.getByRole('button', { name: 'Check workbook' })).toBeTruthy();
  });

  it('is operable from the keyboard: Enter on a focused tab selects it, Enter on the action runs it', async () => {
    // Tab-order traversal is checked in Chromium (test/e2e): jsdom cannot run Fluent's focus manager.
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    renderPane(port);
    const tabs = screen.getAllByRole('tab');
    tabs[1]!.focus();
    await user.keyboard('{Enter}');
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    tabs[0]!.focus();
    await user.keyboard(' ');
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    screen.getByRole('button', { name: 'Kiểm tra sổ tính' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Kiểm tra lại' })).toBeTruthy();
    expect(port.calls).toContain('readSnapshot');
  });

  it('gives every button an accessible name', async () => {
    const user = userEvent.setup();
    renderPane(new FakePort(exampleWorkbook()));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    await screen.findByRole('button', { name: 'Kiểm tra lại' });
    for (const b of screen.getAllByRole('button')) expect(computeAccessibleName(b).trim()).not.toBe('');
  });

  it('shows a failure of the workbook as an alert, and recovers on the next try', async () => {
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    port.failNext = new Error('Sổ tính đang bị khoá');
    renderPane(port);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Lỗi không mong đợi: Sổ tính đang bị khoá');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    expect(await screen.findByRole('button', { name: 'Kiểm tra lại' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
