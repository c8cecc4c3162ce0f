import { readNumber, round2, compare2, readDate, dateToSerial, serialToDate, formatNumberVi, cellText } from '../../../src/engine/cells/values';

describe('readNumber', () => {
  it('reads numbers typed with a decimal comma or dot', () => {
    expect(readNumber('8,5')).toEqual({ kind: 'number', value: 8.5, fromText: true });
    expect(readNumber('8.5')).toEqual({ kind: 'number', value: 8.5, fromText: true });
    expect(readNumber(' 10 ')).toEqual({ kind: 'number', value: 10, fromText: true });
    expect(readNumber(7)).toEqual({ kind: 'number', value: 7, fromText: false });
  });

  it('reads negative text numbers', () => {
    expect(readNumber('-2,5')).toMatchObject({ kind: 'number', value: -2.5 });
  });

  it('treats empty cells and dashes as empty', () => {
    expect(readNumber(null).kind).toBe('empty');
    expect(readNumber('').kind).toBe('empty');
    expect(readNumber('—').kind).toBe('empty');
  });

  it('reports formula errors, whether as error values or as text', () => {
    expect(readNumber({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
    expect(readNumber('#REF!')).toEqual({ kind: 'error', error: '#REF!' });
  });

  it('reads "1.000" as a thousand only when the scale makes it the sane reading', () => {
    // On a 100-point scale 1000 is impossible: the dot is decimal.
    expect(readNumber('1.000', { maxSane: 100 })).toMatchObject({ kind: 'number', value: 1 });
    // On a 1000-point scale both readings fit: ask.
    expect(readNumber('1.000', { maxSane: 1000 }).kind).toBe('ambiguous');
    // Without a scale: ask.
    expect(readNumber('1.000').kind).toBe('ambiguous');
    // Two dots can only be thousands.
    expect(readNumber('1.000.000')).toMatchObject({ kind: 'number', value: 1000000 });
    expect(readNumber('1.250,5')).toMatchObject({ kind: 'number', value: 1250.5 });
  });

  it('keeps non-numbers as text', () => {
    expect(readNumber('tám')).toEqual({ kind: 'text', text: 'tám' });
    expect(readNumber(true).kind).toBe('text');
  });
});

describe('2-decimal arithmetic', () => {
  it('compares 0.1 + 0.2 equal to 0.3', () => {
    expect(compare2(0.1 + 0.2, 0.3)).toBe(0);
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(compare2(95.005, 95)).toBeGreaterThan(0);
    expect(compare2(94.99, 95)).toBeLessThan(0);
  });
});

describe('dates', () => {
  it('reads Excel serials and Vietnamese day-first dates', () => {
    expect(readDate(45658)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(readDate('05/09/2024')).toEqual({ year: 2024, month: 9, day: 5 });
    expect(readDate('5/9/2024')).toEqual({ year: 2024, month: 9, day: 5 });
    expect(readDate('31/02/2024')).toBeNull();
    expect(readDate('not a date')).toBeNull();
  });

  it('round-trips serials', () => {
    const d = { year: 2024, month: 10, day: 25 };
    expect(serialToDate(dateToSerial(d))).toEqual(d);
  });
});

describe('display', () => {
  it('formats numbers with a decimal comma', () => {
    expect(formatNumberVi(8.5)).toBe('8,5');
    expect(formatNumberVi(90)).toBe('90');
    expect(cellText(0.1 + 0.2)).toBe('0,3');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});
