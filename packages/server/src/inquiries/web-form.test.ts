import { describe, expect, it } from 'vitest';
import { checkPhoto } from './web-form.js';

/** An ISO base media file header (ftyp box) with `brand` as major brand, as HEIC and HEIF files start. */
function isoMedia(brand: string, compatible: string[]): Buffer {
  const brands = [brand, ...compatible];
  const box = Buffer.alloc(16 + 4 * compatible.length + 64);
  box.writeUInt32BE(16 + 4 * compatible.length, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(brand, 8, 'latin1');
  brands.slice(1).forEach((entry, index) => box.write(entry, 16 + 4 * index, 'latin1'));
  return box;
}

function webp(): Buffer {
  const bytes = Buffer.alloc(64);
  bytes.write('RIFF', 0, 'latin1');
  bytes.writeUInt32LE(56, 4);
  bytes.write('WEBPVP8 ', 8, 'latin1');
  return bytes;
}

const MAX = 1024 * 1024;

describe('photo check', () => {
  it('accepts HEIC with the heic brand', async () => {
    const check = await checkPhoto({ filename: 'IMG_0001.HEIC', contentType: 'image/heic', dataBase64: isoMedia('heic', ['mif1', 'heic']).toString('base64') }, MAX);
    expect(check.errors).toEqual([]);
    expect(check.file?.contentType).toBe('image/heic');
  });

  it('accepts HEIC with the generic mif1 brand', async () => {
    const check = await checkPhoto({ filename: 'IMG_0002.heic', contentType: 'image/heic', dataBase64: isoMedia('mif1', ['heic']).toString('base64') }, MAX);
    expect(check.errors).toEqual([]);
  });

  it('accepts WebP', async () => {
    const check = await checkPhoto({ filename: 'tree.webp', contentType: 'IMAGE/WEBP ', dataBase64: webp().toString('base64') }, MAX);
    expect(check.errors).toEqual([]);
    expect(check.file?.contentType).toBe('image/webp');
  });

  it('rejects WebP declared as HEIC', async () => {
    const check = await checkPhoto({ filename: 'tree.heic', contentType: 'image/heic', dataBase64: webp().toString('base64') }, MAX);
    expect(check.errors).toEqual([
      { field: 'input.photo', message: 'photo is declared as image/heic, but its content is image/webp; send a JPEG, PNG, WebP or HEIC image' },
    ]);
  });

  it('keeps only the last part of a path', async () => {
    const check = await checkPhoto({ filename: '../../etc/tree.webp', contentType: 'image/webp', dataBase64: webp().toString('base64') }, MAX);
    expect(check.file?.filename).toBe('tree.webp');
  });

  it('names a small limit in bytes', async () => {
    const check = await checkPhoto({ filename: 'tree.webp', contentType: 'image/webp', dataBase64: webp().toString('base64') }, 32);
    expect(check.errors).toEqual([{ field: 'input.photo', message: 'photo must be at most 32 bytes (this one is 64 bytes)' }]);
  });
});
