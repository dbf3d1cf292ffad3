/**
 * A minimal PNG reader for checking exported pictures: size from IHDR and the pixels of 8-bit RGB
 * or RGBA images (what a canvas writes), inflating the IDAT stream and undoing the row filters.
 */
import zlib from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** [r, g, b] of a pixel. */
  rgb: (x: number, y: number) => [number, number, number];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function isPng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(SIGNATURE);
}

/** Width and height from the IHDR chunk, without decoding the pixels. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function decodePng(bytes: Buffer): DecodedPng {
  if (!isPng(bytes)) throw new Error('not a PNG');
  const { width, height } = pngSize(bytes);
  const [depth, colorType] = [bytes[24], bytes[25]];
  if (depth !== 8 || (colorType !== 2 && colorType !== 6)) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}`);
  const channels = colorType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const pixels = unfilter(zlib.inflateSync(Buffer.concat(idat)), width, height, channels);
  return {
    width,
    height,
    rgb: (x, y) => {
      const i = (y * width + x) * channels;
      return [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
    },
  };
}

/** Undoes the per-row filters (None, Sub, Up, Average, Paeth) of PNG's filter method 0. */
function unfilter(data: Buffer, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? out[y * stride + x - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0] ?? 0;
      out[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Share of pixels in the box (CSS px of a 2× image) that differ from white. */
export function inkShare(png: DecodedPng, box: { x: number; y: number; w: number; h: number }): number {
  let ink = 0;
  let all = 0;
  for (let y = box.y * 2; y < (box.y + box.h) * 2; y += 4) {
    for (let x = box.x * 2; x < (box.x + box.w) * 2; x += 4) {
      all++;
      if (png.rgb(x, y).some((channel) => channel < 240)) ink++;
    }
  }
  return ink / all;
}

export function hasColor(png: DecodedPng, color: [number, number, number]): boolean {
  for (let y = 0; y < png.height; y += 2) for (let x = 0; x < png.width; x += 2) if (png.rgb(x, y).every((c, i) => Math.abs(c - color[i]!) <= 2)) return true;
  return false;
}
