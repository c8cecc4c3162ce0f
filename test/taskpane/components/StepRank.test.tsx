/**
 * @jest-environment jsdom
 */
import '../support/dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeWorkbook } from '../../../src/taskpane/engine';
import { classificationText, proposalText, unitNotes } from '../../../src/engine/plan/labels';
import { STRINGS } from '../../../src/taskpane/i18n';
import { FakePort } from '../support/fakePort';
import { exampleWorkbook } from '../support/fixtures';
import { NOW, renderPane } from '../support/render';

describe('Xếp hạng step', () => {
  it('asks for a check first', async () => {
    const user = userEvent.setup();
    renderPane(new FakePort(exampleWorkbook()));
    await user.click(screen.getByRole('tab', { name: 'Xếp hạng' }));
    expect(screen.getByText(STRINGS.vi.rankNeedsCheck)).toBeTruthy();
  });

  it('previews each bloc in rank order with total, classification and proposal from the engine', async () => {
    const user = userEvent.setup();
    const snap = exampleWorkbook();
    renderPane(new FakePort(snap));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    await screen.findByRole('button', { name: 'Kiểm tra lại' });
    await user.click(screen.getByRole('tab', { name: 'Xếp hạng' }));
    const { blocs } = analyzeWorkbook(snap, {}, { lang: 'vi', now: NOW });
    expect(blocs.map((b) => b.name).length).toBe(2);
    for (const bloc of blocs) {
      const table = screen.getByRole('table', { name: STRINGS.vi.rankTableLabel(bloc.name) });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(bloc.units.length);
      bloc.units.forEach((u, i) => {
        const cells = within(rows[i]!).getAllByRole('cell');
        expect(cells[0]!.textContent).toBe(String(u.rank));
        expect(cells[1]!.textContent).toContain(u.unit);
        expect(cells[2]!.textContent).toBe(String(u.total).replace('.', ','));
        expect(cells[1]!.textContent).toContain(classificationText(u, 'vi'));
        expect(cells[1]!.textContent).toContain(proposalText(u, 'vi'));
        for (const note of unitNotes(u, 'vi')) expect(cells[1]!.textContent).toContain(note);
      });
    }
    // The best THCS unit (97 points) leads its bloc and is proposed for the flag.
    const thcs = blocs.find((b) => b.name.includes('THCS'))!;
    expect(thcs.units[0]!.unit).toBe('THCS Quảng Lâm');
  });
});
