/**
 * @jest-environment jsdom
 */
import '../support/dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeWorkbook, outputPlans } from '../../../src/taskpane/engine';
import { OWNERSHIP_SHEET } from '../../../src/workbook/ownership';
import { STRINGS } from '../../../src/taskpane/i18n';
import { FakePort } from '../support/fakePort';
import { exampleWorkbook } from '../support/fixtures';
import { NOW, renderPane } from '../support/render';

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
