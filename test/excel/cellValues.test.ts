import { fromOffice, needsQuotePrefix, toOffice } from '../../src/excel/cellValues';
import { ExcelSimulator } from '../support/excelSimulator';

describe('fromOffice', () => {
  test('empty text is an empty cell; error texts are errors; the rest is kept', () => {
    expect(fromOffice('')).toBeNull();
    expect(fromOffice('#N/A')).toEqual({ error: '#N/A' });
    expect(fromOffice('#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(fromOffice('#N/A thiếu')).toBe('#N/A thiếu');
    expect(fromOffice(8.5)).toBe(8.5);
    expect(fromOffice(false)).toBe(false);
    expect(fromOffice('Trường A')).toBe('Trường A');
  });
});

describe('needsQuotePrefix', () => {
  test.each(['=SUM(1)', '+84 912 345 678', '-5 điểm', '@mention', "'trích dẫn", '1.5', '8,5', '2024-2025', '1/2/2024', '50%', 'TRUE', 'false', '#N/A', ' Trường', 'May 2024', '(trống)'])(
    '%s is guarded',
    (s) => expect(needsQuotePrefix(s)).toBe(true),
  );
  test.each(['Trường THCS Nguyễn Du', 'Đạt', 'Xuất sắc', 'True story', 'Mayor', 'STT', ''])('%s is written as it is', (s) => expect(needsQuotePrefix(s)).toBe(false));
});

describe('toOffice', () => {
  test('null and non-finite numbers become empty cells; text is guarded', () => {
    expect(toOffice(null)).toBe('');
    expect(toOffice(undefined)).toBe('');
    expect(toOffice(Number.NaN)).toBe('');
    expect(toOffice(12.25)).toBe(12.25);
    expect(toOffice(true)).toBe(true);
    expect(toOffice('=SUM(1)')).toBe("'=SUM(1)");
    expect(toOffice('Khối THCS')).toBe('Khối THCS');
  });

  test('every guarded string is stored by Excel as exactly the same text', async () => {
    const texts = ['=SUM(1)', '+84', '-5', '@x', "'a", '1.5', '1/2/2024', 'TRUE', '#N/A', '2024-12', 'Trường'];
    const sim = new ExcelSimulator();
    sim.addSheet('S');
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, texts.length).values = [texts.map(toOffice)];
      await ctx.sync();
    });
    expect(sim.sheet('S').values()).toEqual([texts]);
  });

  test('without the guard Excel would change them (the reason it exists)', async () => {
    const sim = new ExcelSimulator();
    sim.addSheet('S');
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:D1').values = [['=SUM(1)', '1.5', 'TRUE', "'a"]];
      await ctx.sync();
    });
    expect(sim.sheet('S').values()).toEqual([[1, 1.5, true, 'a']]);
  });
});
