#!/usr/bin/env node
// Draws the Claimdesk icons into resources/ (no image tooling needed):
// a blue rounded square with a white "C" ring. Run: npm run icons
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage-sampled drawing in unit coordinates (0..1). */
function draw(size) {
  const SS = 4;
  const blue = [28, 126, 214];
  const white = [255, 255, 255];
  const rgba = Buffer.alloc(size * size * 4);
  const inRoundedSquare = (x, y) => {
    const r = 0.22;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const inC = (x, y) => {
    const dx = x - 0.5;
    const dy = y - 0.5;
    const d = Math.hypot(dx, dy);
    const angle = Math.atan2(dy, dx); // gap opens to the right
    return d >= 0.2 && d <= 0.32 && Math.abs(angle) >= 0.75;
  };
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (inRoundedSquare(x, y)) {
            bg++;
            if (inC(x, y)) fg++;
          }
        }
      }
      const n = SS * SS;
      const i = (py * size + px) * 4;
      const f = bg ? fg / bg : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(blue[c] * (1 - f) + white[c] * f);
      rgba[i + 3] = Math.round((bg / n) * 255);
    }
  }
  return png(size, rgba);
}

writeFileSync(join(out, 'icon.png'), draw(256));
writeFileSync(join(out, 'tray.png'), draw(32));
console.log(`wrote ${join(out, 'icon.png')} and ${join(out, 'tray.png')}`);
