/**
 * @jest-environment jsdom
 */
import '../support/dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeWorkbook, outputPlans } from '../../../src/taskpane/engine';
import { OWNERSHIP_SHEET } from '../../../src/workbook/ownership';
import { STRINGS } from '../../../src/taskpane/i18n';
import { FakePort } from '../support/fakePort';
import { exampleWorkbook } from '../support/fixtures';
import { NOW, renderPane } from '../support/render';
import { App } from '../../../src/taskpane/components/App';
import { memoryPreferences } from '../../../src/preferences';
import { exampleSheetPlans } from '../../../src/taskpane/template';
import { minutesFileName } from '../../../src/taskpane/minutes';

const vi = STRINGS.vi;

async function checkThenOpenWrite(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
  await screen.findByRole('button', { name: 'Kiểm tra lại' });
  await user.click(screen.getByRole('tab', { name: 'Ghi bảng tổng hợp' }));
}

describe('Ghi bảng tổng hợp step', () => {
  it('lists the sheets it will write, as the engine plans them', async () => {
    const user = userEvent.setup();
    const snap = exampleWorkbook();
    renderPane(new FakePort(snap));
    await checkThenOpenWrite(user);
    const names = outputPlans(analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW }), { lang: 'vi', now: NOW }).map((p) => p.name);
    expect(names.length).toBeGreaterThan(2);
    for (const n of names) expect(screen.getAllByText(n).length).toBeGreaterThan(0);
  });

  it('writes the summary sheets, hides the ownership record, and never touches input sheets', async () => {
    const user = userEvent.setup();
    const snap = exampleWorkbook();
    const port = new FakePort(snap);
    renderPane(port);
    await checkThenOpenWrite(user);
    await user.click(screen.getByRole('button', { name: vi.writeButton }));
    const done = await screen.findByText(/^Đã ghi \d+ trang\.$/);
    const plans = outputPlans(analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW }), { lang: 'vi', now: NOW });
    expect(done.textContent).toBe(vi.written(plans.length));
    for (const p of plans) expect(port.sheet(p.name)?.values).toEqual(expect.arrayContaining([expect.anything()]));
    expect(port.sheet(OWNERSHIP_SHEET)?.visibility).toBe('veryHidden');
    for (const input of snap.sheets) expect(port.sheet(input.name)?.values).toEqual(input.values);
    expect(port.calls.filter((c) => c === 'applyPlan')).toHaveLength(1);
  });

  it('a second write replaces its own sheets: same names, no "(2)" copies', async () => {
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    renderPane(port);
    await checkThenOpenWrite(user);
    await user.click(screen.getByRole('button', { name: vi.writeButton }));
    await screen.findByRole('button', { name: vi.rewriteButton });
    const first = port.sheets.map((s) => s.name);
    await user.click(screen.getByRole('button', { name: vi.rewriteButton }));
    await screen.findByRole('button', { name: vi.rewriteButton });
    expect(port.calls.filter((c) => c === 'applyPlan')).toHaveLength(2);
    expect(port.sheets.map((s) => s.name)).toEqual(first);
    expect(port.sheets.some((s) => / \(2\)$/.test(s.name))).toBe(false);
    expect(screen.queryByText(vi.writeNotes)).toBeNull();
  });

  it('writes under a new name, and says so, when the user edited an owned sheet', async () => {
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    renderPane(port);
    await checkThenOpenWrite(user);
    await user.click(screen.getByRole('button', { name: vi.writeButton }));
    await screen.findByRole('button', { name: vi.rewriteButton });
    const owned = port.sheets.find((s) => s.visibility === 'visible' && !exampleWorkbook().sheets.some((i) => i.name === s.name))!;
    port.sheets[port.sheets.indexOf(owned)] = { ...owned, values: [...owned.values, ['sửa tay']] };
    await user.click(screen.getByRole('button', { name: vi.rewriteButton }));
    await screen.findByText(vi.writeNotes);
    expect(port.sheet(owned.name)!.values.at(-1)).toEqual(['sửa tay']);
    expect(port.sheets.some((s) => s.name.startsWith(owned.name.slice(0, 20)) && s.name !== owned.name)).toBe(true);
  });

  it('shows a progress bar while writing', async () => {
    const user = userEvent.setup();
    const port = new FakePort(exampleWorkbook());
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const apply = port.applyPlan.bind(port);
    port.applyPlan = async (plan, onProgress) => {
      onProgress?.(1, plan.actions.length);
      await gate;
      return apply(plan, onProgress);
    };
    renderPane(port);
    await checkThenOpenWrite(user);
    await user.click(screen.getByRole('button', { name: vi.writeButton }));
    const bar = await screen.findByRole('progressbar');
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: vi.writing }).hasAttribute('disabled')).toBe(true);
    release();
    await screen.findByRole('button', { name: vi.rewriteButton });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('Xuất biên bản', () => {
  it('hands the current analysis and language to the minutes export', async () => {
    const user = userEvent.setup();
    const snap = exampleWorkbook();
    const exportMinutes = jest.fn(async () => undefined);
    render(<App port={new FakePort(snap)} templateSheets={exampleSheetPlans} preferences={memoryPreferences()} now={() => NOW} exportMinutes={exportMinutes} />);
    await checkThenOpenWrite(user);
    await user.click(screen.getByRole('button', { name: vi.minutes }));
    await screen.findByText(vi.minutesDone);
    expect(exportMinutes).toHaveBeenCalledTimes(1);
    const [analysis, opts] = exportMinutes.mock.calls[0] as unknown as [ReturnType<typeof analyzeWorkbook>, { lang: string; now: Date }];
    expect(analysis).toEqual(analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW }));
    expect(opts).toEqual({ lang: 'vi', now: NOW });
  });

  it('is not offered when the host has no minutes export', async () => {
    const user = userEvent.setup();
    renderPane(new FakePort(exampleWorkbook()));
    await checkThenOpenWrite(user);
    expect(screen.queryByRole('button', { name: vi.minutes })).toBeNull();
  });

  it('names the file after the period', () => {
    const a = analyzeWorkbook(exampleWorkbook(), {}, { lang: 'vi', now: NOW });
    expect(minutesFileName(a, 'vi')).toBe('Biên bản họp bình xét thi đua 2024-2025.docx');
    expect(minutesFileName({ ...a, params: { ...a.params, period: null } }, 'en')).toBe('Emulation review minutes.docx');
  });
});
