import { deflateRawSync } from 'zlib';
import { inflateRawBounded } from '../../src/xlsx/streamInflate';

const text = (n: number): Uint8Array => new Uint8Array(Buffer.from('<row r="1"><c t="s"><v>0</v></c></row>'.repeat(n)));

describe('inflateRawBounded (DecompressionStream)', () => {
  it('inflates raw deflate data to what zlib packed, at and under the bound', async () => {
    const data = text(5000);
    const packed = new Uint8Array(deflateRawSync(data));
    expect(Buffer.from(await inflateRawBounded(packed, data.length)).equals(Buffer.from(data))).toBe(true);
    expect((await inflateRawBounded(packed, data.length + 1000)).length).toBe(data.length);
  });

  it('stops with a RangeError as soon as the output passes the bound', async () => {
    const data = new Uint8Array(8 * 1024 * 1024);
    const packed = new Uint8Array(deflateRawSync(data, { level: 9 }));
    await expect(inflateRawBounded(packed, 100)).rejects.toMatchObject({ name: 'RangeError' });
  });

  it('rejects damaged data with another error', async () => {
    const packed = new Uint8Array(deflateRawSync(text(2000)));
    packed.fill(0xff, 10, 40);
    await expect(inflateRawBounded(packed, 1e6)).rejects.not.toMatchObject({ name: 'RangeError' });
  });
});
