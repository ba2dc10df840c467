// Character classes for the hand-written scanners. Plain code-unit tests: no regex, no backtracking.

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters that may appear in a symbol code: ASCII letters and Đ/đ. */
export function isCodeLetter(c: number): boolean {
  return isAsciiLetter(c) || c === 0x110 || c === 0x111;
}

/** Any letter or combining mark, Vietnamese included (Latin ranges are enough for word boundaries here). */
export function isWordChar(c: number): boolean {
  return (
    isAsciiLetter(c) ||
    isDigit(c) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

export function isUpperCodeLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0x110;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}
