/**
 * @jest-environment jsdom
 */
import '../support/dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeWorkbook } from '../../../src/taskpane/engine';
import { messageText } from '../../../src/engine/findings/messages';
import { STRINGS } from '../../../src/taskpane/i18n';
import { roleKey } from '../../../src/taskpane/state/memory';
import { MEMORY_SHEET, memoryFromValues } from '../../../src/workbook/memory';
import { FakePort } from '../support/fakePort';
import { BLOC_TH, CRITERIA, SETTINGS, blocSheet, exampleWorkbook, sheet, workbook } from '../support/fixtures';
import { NOW, renderPane } from '../support/render';

const vi = STRINGS.vi;

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
  await screen.findByRole('button', { name: 'Kiểm tra lại' });
}

/** The sheet list is folded when every sheet was recognised; unfold it. */
async function openSheets(user: ReturnType<typeof userEvent.setup>) {
  const header = screen.getByRole('button', { name: /^Các trang tính \(\d+\)$/ });
  if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
}

/** Bloc THCS with a score above its maximum (group I is worth 40). */
function workbookWithBadScore() {
  const bad = blocSheet('Khối THCS', [
    ['THCS Quảng Lâm', 39, 58],
    ['THCS Đầm Hà', 45, 55],
    ['THCS Tân Bình', 35, 50],
  ]);
  return workbook(SETTINGS, CRITERIA, bad, BLOC_TH);
}

describe('Kiểm tra step', () => {
  it('shows every visible sheet with the role the engine recognised', async () => {
    const user = userEvent.setup();
    const snap = exampleWorkbook();
    renderPane(new FakePort(snap));
    await check(user);
    const header = screen.getByRole('button', { name: `Các trang tính (${snap.sheets.length})` });
    expect(header.getAttribute('aria-expanded')).toBe('false');
    await openSheets(user);
    const expected = analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW }).sheets;
    for (const rec of expected) {
      const combo = screen.getByRole('combobox', { name: vi.roleFor(rec.sheet) });
      expect(combo.textContent).toBe(vi.roles[rec.role]);
    }
    expect(expected.find((r) => r.sheet === 'Khối THCS')?.role).toBe('scoring');
  });

  it('counts the findings by severity as the engine reports them', async () => {
    const user = userEvent.setup();
    const snap = workbookWithBadScore();
    renderPane(new FakePort(snap));
    await check(user);
    const findings = analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW }).findings;
    const n = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(n('error')).toBeGreaterThan(0);
    expect(screen.getByRole('status', { name: vi.counts(n('error'), n('warning'), n('info')) })).toBeTruthy();
  });

  it('groups findings by sheet and selects the cell of the one clicked', async () => {
    const user = userEvent.setup();
    const snap = workbookWithBadScore();
    const port = new FakePort(snap);
    renderPane(port);
    await check(user);
    const error = analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW }).findings.find((f) => f.severity === 'error' && f.sheet === 'Khối THCS' && f.cell);
    expect(error).toBeDefined();
    const text = messageText(error!.code, error!.params, 'vi');
    const button = screen.getByRole('button', { name: `Lỗi: ${error!.cell} ${text}. ${vi.selectCell(`Khối THCS!${error!.cell}`)}` });
    // The finding sits in the Khối THCS group (the accordion item that holds it names the sheet).
    const group = button.closest('[class*="fui-AccordionItem"]') as HTMLElement;
    expect(within(group).getAllByText('Khối THCS').length).toBeGreaterThan(0);
    await user.click(button);
    expect(port.selections).toEqual([{ sheet: 'Khối THCS', cell: error!.cell }]);
  });

  it('says so when the workbook has no problem', async () => {
    const user = userEvent.setup();
    const snap = exampleWorkbook();
    const findings = analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW }).findings;
    renderPane(new FakePort(snap));
    await check(user);
    if (findings.length === 0) expect(screen.getByText(vi.noFindings)).toBeTruthy();
    else expect(screen.queryByText(vi.noFindings)).toBeNull();
  });

  it('corrects a role, remembers it in the workbook and re-reads the sheet with it', async () => {
    const user = userEvent.setup();
    // An oddly named bloc sheet: only its header row says what it is.
    const odd = { ...blocSheet('Bảng 2', [['THCS A', 30, 50], ['THCS B', 35, 55]]) };
    const snap = workbook(SETTINGS, CRITERIA, odd);
    const port = new FakePort(snap);
    renderPane(port);
    await check(user);
    await openSheets(user);
    await user.click(screen.getByRole('combobox', { name: vi.roleFor('Bảng 2') }));
    await user.click(screen.getByRole('option', { name: vi.roles.units }));
    await screen.findByText(vi.roleSaved('Bảng 2'));
    const memorySheet = port.sheet(MEMORY_SHEET)!;
    expect(memorySheet.visibility).toBe('veryHidden');
    expect(memoryFromValues(memorySheet.values)).toEqual({ [roleKey('Bảng 2')]: 'units' });
    const combo = screen.getByRole('combobox', { name: vi.roleFor('Bảng 2') });
    expect(combo.textContent).toBe(vi.roles.units);
    expect(screen.getAllByText(new RegExp(vi.recognisedBy.user)).length).toBeGreaterThan(0);
    // And back to automatic recognition.
    await user.click(combo);
    await user.click(screen.getByRole('option', { name: vi.roleReset }));
    await screen.findByText(vi.roleSaved('Bảng 2'));
    expect(memoryFromValues(port.sheet(MEMORY_SHEET)!.values)).toEqual({});
  });

  it('maps an unrecognised header to the standard one and the bloc is then read', async () => {
    const user = userEvent.setup();
    const renamed = sheet('Khối THCS', [
      ['STT', 'Tên trường', 'I', 'II'],
      [1, 'THCS Quảng Lâm', 39, 58],
      [2, 'THCS Đầm Hà', 38, 55],
    ]);
    const snap = workbook(SETTINGS, CRITERIA, renamed);
    const before = analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW });
    const port = new FakePort(snap);
    renderPane(port);
    await check(user);
    await openSheets(user);
    const rec = before.sheets.find((s) => s.sheet === 'Khối THCS')!;
    if (rec.role !== 'scoring') {
      await user.click(screen.getByRole('combobox', { name: vi.roleFor('Khối THCS') }));
      await user.click(screen.getByRole('option', { name: vi.roles.scoring }));
      await screen.findByText(vi.roleSaved('Khối THCS'));
    }
    await user.click(screen.getByRole('button', { name: vi.editColumns('Khối THCS') }));
    await user.click(screen.getByRole('combobox', { name: vi.columnMeaning('Tên trường') }));
    await user.click(screen.getByRole('option', { name: 'Đơn vị' }));
    await screen.findByText(vi.columnSaved('Tên trường', 'Đơn vị'));
    const memory = memoryFromValues(port.sheet(MEMORY_SHEET)!.values);
    const after = analyzeWorkbook(snap, memory, { lang: 'vi', now: NOW });
    const units = after.blocs.flatMap((b) => b.units.map((u) => u.unit));
    expect(units).toEqual(expect.arrayContaining(['THCS Quảng Lâm', 'THCS Đầm Hà']));
    // The pane shows the same result: the ranking lists both schools.
    await user.click(screen.getByRole('tab', { name: 'Xếp hạng' }));
    expect(screen.getByText('THCS Quảng Lâm')).toBeTruthy();
    // The user's sheet is untouched: the mapping lives in the memory only.
    expect(port.sheet('Khối THCS')!.values[0]).toEqual(['STT', 'Tên trường', 'I', 'II']);
  });
});
