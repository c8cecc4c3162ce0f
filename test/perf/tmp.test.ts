import { hashPlanValues } from '../../src/workbook/hash';
test('t', () => {
  const values: any[][] = Array.from({ length: 100_000 }, (_, r) => [r + 1, `Nguyễn Văn A ${r}`, `Trường THCS ${r % 50}`, 'LĐTT', 'Đủ điều kiện', `Điều 24 ${r}`]);
  let t = performance.now();
  hashPlanValues({ values, formulas: [] });
  console.log('new', performance.now() - t);
  t = performance.now();
  const s = values.map((r) => r.join('|')).join('\n');
  console.log('join', performance.now() - t, s.length);
  t = performance.now();
  let h = 0; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 2654435761);
  console.log('loop', performance.now() - t, h);
});
