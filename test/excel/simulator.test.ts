/**
 * The strict simulator itself: if it were lenient, the adapter tests would prove nothing. These tests
 * read before loading and syncing on purpose, which the Office add-in lint rules rightly forbid elsewhere.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-navigational-load */
import { ExcelSimulator, PAYLOAD_LIMIT_BYTES, PropertyNotLoadedError, installOfficeGlobals } from '../support/excelSimulator';
import type { SimError } from '../support/excelSimulator';

const NOT_LOADED = "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

function book(): ExcelSimulator {
  return ExcelSimulator.fromSnapshot({
    sheets: [
      { name: 'Khối THCS', visibility: 'visible', values: [['STT', 'Đơn vị'], [1, 'THCS A'], [2, { error: '#N/A' }]], merges: [{ r0: 0, c0: 0, r1: 0, c1: 1 }] },
      { name: 'Ẩn', visibility: 'veryHidden', values: [], merges: [] },
    ],
  });
}

async function rejection(p: Promise<unknown>): Promise<SimError> {
  try {
    await p;
  } catch (e) {
    return e as SimError;
  }
  throw new Error('expected a rejection');
}

describe('strict reads', () => {
  test('reading a property that was never loaded throws Excel’s PropertyNotLoaded message', async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Khối THCS').getRange('A1:B3');
      expect(() => r.values).toThrow(PropertyNotLoadedError);
      expect(() => r.values).toThrow(NOT_LOADED);
      await ctx.sync();
      expect(() => r.values).toThrow(NOT_LOADED);
    });
  });

  test('a loaded property is readable only after sync', async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Khối THCS').getRange('A1:B3');
      r.load('values');
      expect(() => r.values).toThrow(PropertyNotLoadedError);
      await ctx.sync();
      expect(r.values).toEqual([['STT', 'Đơn vị'], [1, 'THCS A'], [2, '#N/A']]);
      expect(() => r.address).toThrow("The property 'address' is not available");
    });
  });

  test('load accepts strings, arrays, nested paths and objects', async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility,items/protection/protected');
      const r = sheets.getItem('Khối THCS').getRange('A1');
      r.load(['address', 'rowIndex']);
      r.load({ format: { font: { bold: true } }, columnCount: true });
      r.format.load({ select: 'wrapText' });
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([['Khối THCS', 'Visible', false], ['Ẩn', 'VeryHidden', false]]);
      expect([r.address, r.rowIndex, r.columnCount, r.format.font.bold, r.format.wrapText]).toEqual(["'Khối THCS'!A1", 0, 1, false, false]);
      expect(() => r.format.font.name).toThrow(PropertyNotLoadedError);
    });
  });

  test('getItemOrNullObject: isNullObject is known only after sync', async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      const present = ctx.workbook.worksheets.getItemOrNullObject('khối thcs');
      expect(() => missing.isNullObject).toThrow(PropertyNotLoadedError);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test('getFirst / getNextOrNullObject walk the sheets in tab order, hidden ones included; the null propagates', async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      const first = ctx.workbook.worksheets.getFirst();
      const second = first.getNextOrNullObject();
      const third = second.getNextOrNullObject();
      const fourth = third.getNextOrNullObject();
      for (const ws of [first, second, third, fourth]) ws.load('name');
      const used = third.getUsedRangeOrNullObject(true);
      used.load('rowCount');
      const merged = third.getUsedRangeOrNullObject(false).getMergedAreasOrNullObject();
      expect(() => second.isNullObject).toThrow(PropertyNotLoadedError);
      await ctx.sync();
      expect([first.name, second.name]).toEqual(['Khối THCS', 'Ẩn']);
      expect([second.isNullObject, third.isNullObject, fourth.isNullObject]).toEqual([false, true, true]);
      expect([used.isNullObject, merged.isNullObject]).toEqual([true, true]);
    });
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound', async () => {
    const sim = book();
    const e = await rejection(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Không có').load('name');
      await ctx.sync();
    }));
    expect(e.code).toBe('ItemNotFound');
  });
});

describe('queued writes', () => {
  test('writes are invisible until sync, then applied', async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Khối THCS').getRange('C1').values = [['Tổng']];
      const added = ctx.workbook.worksheets.add('Mới');
      added.getRange('A1').values = [[5]];
      expect(sim.sheet('Khối THCS').cell('C1').value).toBeNull();
      expect(sim.hasSheet('Mới')).toBe(false);
      await ctx.sync();
      expect(sim.sheet('Khối THCS').cell('C1').value).toBe('Tổng');
      expect(sim.sheet('Mới').values()).toEqual([[5]]);
    });
  });

  test('a failing operation stops the batch: earlier operations stay, later ones are dropped', async () => {
    const sim = book();
    sim.protectSheet('Ẩn');
    const e = await rejection(sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      ws.getItem('Khối THCS').getRange('C1').values = [['trước']];
      ws.getItem('Ẩn').getRange('A1').values = [['bị chặn']];
      ws.getItem('Khối THCS').getRange('D1').values = [['sau']];
      await ctx.sync();
    }));
    expect(e.code).toBe('InvalidOperation');
    expect(e.message).toMatch(/protected sheet/);
    expect(e.debugInfo.errorLocation).toContain('getItem("Ẩn")');
    expect(sim.sheet('Khối THCS').cell('C1').value).toBe('trước');
    expect(sim.sheet('Khối THCS').cell('D1').value).toBeNull();
    expect(sim.sheet('Ẩn').values()).toEqual([]);
  });

  test('a failed sync reports the trace messages that ran before the failure, as Office.js does', async () => {
    const sim = book();
    sim.protectSheet('Ẩn');
    const e = await rejection(sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      ctx.trace('một');
      ws.getItem('Khối THCS').getRange('C1').values = [['trước']];
      ctx.trace('hai');
      ws.getItem('Ẩn').getRange('A1').values = [['bị chặn']];
      ctx.trace('ba');
      await ctx.sync();
    }));
    expect(e.code).toBe('InvalidOperation');
    expect(e.traceMessages).toEqual(['một', 'hai']);
    // A trace costs a little of the request, and nothing when the batch succeeds.
    expect(sim.syncs[0]!.ops).toBe(5);
    await sim.run(async (ctx) => {
      ctx.trace('ổn');
      await ctx.sync();
    });
    expect(sim.syncs[1]!.failed).toBeUndefined();
  });

  test('input is parsed as Excel parses typed text', async () => {
    const sim = new ExcelSimulator();
    sim.addSheet('S');
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:H1').values = [['=SUM(1,2)', "'=SUM(1,2)", '1.5', '+84', 'true', '#N/A', '1/2/2024', 'văn bản']];
      ws.getRange('A2').numberFormat = [['@']];
      ws.getRange('A2').values = [['=SUM(1)']];
      await ctx.sync();
    });
    const s = sim.sheet('S');
    expect(s.cell('A1')).toMatchObject({ value: 3, formula: '=SUM(1,2)' });
    expect(s.cell('B1')).toMatchObject({ value: '=SUM(1,2)', formula: null, quotePrefix: true });
    expect(s.values()[0]!.slice(2)).toEqual([1.5, 84, true, { error: '#N/A' }, 45293, 'văn bản']);
    expect(s.cell('A2')).toMatchObject({ value: '=SUM(1)', formula: null, numberFormat: '@' });
  });

  test('formulas evaluate, keep 15 significant digits and see other sheets', async () => {
    const sim = new ExcelSimulator();
    sim.addSheet('A', [[0.1, 0.2, null]]);
    sim.addSheet('B');
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('C1').formulas = [['=A1+B1']];
      ctx.workbook.worksheets.getItem('B').getRange('A1:C1').formulas = [["='A'!C1*10", '=ROUND(2.345,2)', '=NOPE(1)']];
      await ctx.sync();
    });
    expect(sim.sheet('A').cell('C1').value).toBe(0.3);
    expect(sim.sheet('B').values()).toEqual([[3, 2.35, { error: '#NAME?' }]]);
  });
});

describe('limits and counters', () => {
  test('counts syncs and measures bytes; resetCounters starts again', async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Khối THCS').getRange('A1:B3').load('values');
      await ctx.sync();
      await ctx.sync();
    });
    expect(sim.syncCount).toBe(2);
    expect(sim.syncs[0]!.requestBytes).toBeGreaterThan(0);
    expect(sim.syncs[0]!.responseBytes).toBeGreaterThan(JSON.stringify([['STT', 'Đơn vị']]).length);
    expect(sim.syncs[1]!.ops).toBe(0);
    sim.resetCounters();
    expect(sim.syncCount).toBe(0);
  });

  test('a request above 5 MB is refused before anything is applied', async () => {
    const sim = new ExcelSimulator();
    sim.addSheet('S');
    const big = Array.from({ length: 90_000 }, (_, i) => [`dòng số ${i} có chữ tiếng Việt đủ dài để vượt giới hạn`]);
    const e = await rejection(sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ctx.trace('chưa chạy');
      ws.getRange('B1').values = [['trước']];
      ws.getRange(`A1:A${big.length}`).values = big;
      await ctx.sync();
    }));
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(e.traceMessages).toEqual([]);
    expect(sim.syncs[0]!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.sheet('S').values()).toEqual([]);
  });

  test('a response above 5 MB and a range above 5 M cells are refused', async () => {
    const sim = new ExcelSimulator();
    const s = sim.addSheet('S');
    expect(s.name).toBe('S');
    const text = (i: number): string => `Trường Trung học cơ sở số ${i} — một dòng khá dài`;
    await sim.run(async (ctx) => {
      for (let part = 0; part < 2; part++) {
        const rows = Array.from({ length: 50_000 }, (_, i) => [text(part * 50_000 + i)]);
        ctx.workbook.worksheets.getItem('S').getRange(`A${part * 50_000 + 1}:A${(part + 1) * 50_000}`).values = rows;
        await ctx.sync();
      }
    });
    const tooBig = await rejection(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A100000').load('values');
      await ctx.sync();
    }));
    expect(tooBig.code).toBe('ResponsePayloadSizeLimitExceeded');
    const tooMany = await rejection(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:F1000000').load('values');
      await ctx.sync();
    }));
    expect(tooMany.code).toBe('RangeExceedsLimit');
  });
});

describe('workbook structure', () => {
  test('workbook protection blocks adding, deleting and renaming sheets', async () => {
    const sim = book();
    sim.protectWorkbook();
    for (const act of [
      (ctx: Excel.RequestContext) => void ctx.workbook.worksheets.add('X'),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('Ẩn').delete(),
      (ctx: Excel.RequestContext) => void (ctx.workbook.worksheets.getItem('Ẩn').name = 'Y'),
    ]) {
      const e = await rejection(sim.run(async (ctx) => {
        act(ctx);
        await ctx.sync();
      }));
      expect(e.code).toBe('InvalidOperation');
    }
    expect(sim.sheetNames()).toEqual(['Khối THCS', 'Ẩn']);
  });

  test('names are checked like Excel: unique ignoring case, legal, ≤ 31 characters', async () => {
    const sim = book();
    const dup = await rejection(sim.run(async (ctx) => {
      ctx.workbook.worksheets.add('KHỐI THCS');
      await ctx.sync();
    }));
    expect(dup.code).toBe('ItemAlreadyExists');
    for (const bad of ['a/b', 'x'.repeat(32), "'q", 'History']) {
      const e = await rejection(sim.run(async (ctx) => {
        ctx.workbook.worksheets.add(bad);
        await ctx.sync();
      }));
      expect(e.code).toBe('InvalidArgument');
    }
  });

  test('the last visible sheet can be neither deleted nor hidden; hidden sheets cannot be activated', async () => {
    const sim = book();
    for (const act of [
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('Khối THCS').delete(),
      (ctx: Excel.RequestContext) => void (ctx.workbook.worksheets.getItem('Khối THCS').visibility = 'Hidden'),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('Ẩn').activate(),
    ]) {
      const e = await rejection(sim.run(async (ctx) => {
        act(ctx);
        await ctx.sync();
      }));
      expect(e.code).toBe('InvalidOperation');
    }
  });

  test('an API above the host’s requirement set fails with ApiNotFound', async () => {
    const sim = new ExcelSimulator({ apiVersion: '1.12' });
    sim.addSheet('S', [[1]]);
    expect(sim.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(sim.isSetSupported('ExcelApi', '1.13')).toBe(false);
    const e = await rejection(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
    }));
    expect(e.code).toBe('ApiNotFound');
  });

  test('merged areas, hidden rows and positions', async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Khối THCS');
      ws.getRange('3:3').rowHidden = true;
      const areas = ws.getUsedRange().getMergedAreasOrNullObject();
      areas.load('address,areas/items/rowIndex,areas/items/columnCount');
      const used = ws.getUsedRange(true);
      used.load('rowHidden');
      const props = used.getRowProperties({ rowHidden: true });
      ctx.workbook.worksheets.getItem('Ẩn').position = 0;
      await ctx.sync();
      expect(areas.address).toBe("'Khối THCS'!A1:B1");
      expect(areas.areas.items.map((a) => [a.rowIndex, a.columnCount])).toEqual([[0, 2]]);
      expect(used.rowHidden).toBeNull();
      expect(props.value.map((p) => p.rowHidden)).toEqual([false, false, true]);
    });
    expect(sim.sheetNames()).toEqual(['Ẩn', 'Khối THCS']);
    expect(sim.sheet('Khối THCS').hiddenRows).toEqual([2]);
  });

  test('settings store JSON values', async () => {
    const sim = new ExcelSimulator();
    sim.addSheet('S');
    await sim.run(async (ctx) => {
      ctx.workbook.settings.add('k', { a: [1, 'b'] });
      await ctx.sync();
      const s = ctx.workbook.settings.getItemOrNullObject('k');
      const none = ctx.workbook.settings.getItemOrNullObject('none');
      s.load('value');
      await ctx.sync();
      expect(s.value).toEqual({ a: [1, 'b'] });
      expect(none.isNullObject).toBe(true);
    });
  });
});

test('installOfficeGlobals defines Excel and Office and restores them', async () => {
  const sim = book();
  const g = globalThis as Record<string, unknown>;
  const restore = installOfficeGlobals(sim);
  try {
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect((await Office.onReady()).host).toBe('Excel');
    const names = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      ws.load('items/name');
      await ctx.sync();
      return ws.items.map((w) => w.name);
    });
    expect(names).toEqual(['Khối THCS', 'Ẩn']);
  } finally {
    restore();
  }
  expect('Excel' in g).toBe(false);
  expect('Office' in g).toBe(false);
});
