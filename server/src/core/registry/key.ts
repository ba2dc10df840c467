// The key a symbol is indexed by, and its hash, from a string or straight from a file's bytes.

import { memoized } from '../memo';

/** Case-insensitive, leading zeros of the number dropped: "06/QĐ-TTg" and "6/QĐ-TTG" meet. */
export function symbolKey(symbol: string): string {
  return keys(symbol);
}

// a text cites the same symbols again and again: each is keyed once
const keys = memoized((symbol) => {
  const nfc = /[\u0300-\u036f]/.test(symbol) ? symbol.normalize('NFC') : symbol;
  return nfc.replace(/^0+(?=\d)/, '').toUpperCase().replace(/\s+/g, '');
});

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a key's UTF-16 code units. */
export function hashOfKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

export function keyHash(symbol: string): number {
  return hashOfKey(symbolKey(symbol));
}

/**
 * keyHash of the symbol that bytes[start, end) spell (UTF-8, no escapes), without decoding it: the
 * same steps as symbolKey for ASCII and Đ/đ, which symbols are written in. Null for any other
 * character (a combining mark to compose, a letter to upper-case): the string must be used.
 */
export function keyHashOfBytes(b: Uint8Array, start: number, end: number): number | null {
  let i = start;
  while (i + 1 < end && b[i] === 0x30 && b[i + 1]! >= 0x30 && b[i + 1]! <= 0x39) i++;
  let h = FNV_OFFSET;
  while (i < end) {
    let c = b[i]!;
    if (c < 0x80) {
      i++;
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    } else if (c === 0xc4 && (b[i + 1] === 0x90 || b[i + 1] === 0x91)) {
      i += 2;
      c = 0x110; // Đ
    } else return null;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}
