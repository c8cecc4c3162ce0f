/**
 * The icons in assets/ are exactly what scripts/make-icons.js draws (so they can be regenerated), and
 * its PNG encoder writes valid files: signature, IHDR, a CRC that matches, and pixels that inflate back.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const icons = require('../../scripts/make-icons.js') as { drawIcon: (size: number) => Buffer; encodePng: (w: number, h: number, rgba: Uint8Array) => Buffer; crc32: (b: Buffer) => number; SIZES: number[] };

const ASSETS = path.resolve(__dirname, '..', '..', 'assets');

describe('icons', () => {
  it('are reproducible from the script', () => {
    expect(icons.SIZES).toEqual([16, 32, 64, 80, 128]);
    for (const s of icons.SIZES) expect(icons.drawIcon(s).equals(fs.readFileSync(path.join(ASSETS, `icon-${s}.png`)))).toBe(true);
  });

  it('computes the standard CRC-32', () => {
    expect(icons.crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(icons.crc32(Buffer.alloc(0))).toBe(0);
  });

  it('encodes pixels that decode back unchanged', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
    const png = icons.encodePng(2, 2, rgba);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([2, 2, 8, 6]);
    expect(png.readUInt32BE(29)).toBe(icons.crc32(png.subarray(12, 29)));
    const idatLen = png.readUInt32BE(33);
    const raw = zlib.inflateSync(png.subarray(41, 41 + idatLen));
    expect([...raw]).toEqual([0, ...rgba.slice(0, 8), 0, ...rgba.slice(8)]);
  });

  it('draws a transparent corner and an opaque centre', () => {
    const png = icons.drawIcon(32);
    const idatLen = png.readUInt32BE(33);
    const raw = zlib.inflateSync(png.subarray(41, 41 + idatLen));
    const alpha = (x: number, y: number) => raw[y * (32 * 4 + 1) + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(16, 16)).toBe(255);
  });
});
