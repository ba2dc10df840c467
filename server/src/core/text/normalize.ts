// Recognition runs on a normalized copy of the text (NFC, Đ for its look-alikes, ASCII hyphen for
// dashes, space for no-break spaces, Markdown escapes dropped), and every offset it finds is mapped
// back to the text as the editor holds it. Only NFC composition and dropped escapes change lengths,
// so the map is a short list of breakpoints, not a table as long as the text.

export interface NormalizedText {
  readonly text: string;
  /** Offset in the normalized text → offset in the original. */
  toOriginal(offset: number): number;
}

// One code unit each: replaced in place, lengths unchanged.
const SAME_LENGTH: Record<string, string> = {
  '\u00d0': 'Đ', // Ð eth
  '\u0189': 'Đ', // Ɖ African D
  '\u00f0': 'đ', // ð eth, lower case
  '\u0256': 'đ', // ɖ
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-',
  '\u2212': '-', // minus sign
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200b': ' ', // zero-width space: keeps "số\u200b13" apart, as it shows
  // Cyrillic capitals that look Latin, pasted into symbols ("NĐ-СР", "TT-BТС")
  '\u0410': 'A',
  '\u0412': 'B',
  '\u0421': 'C',
  '\u0415': 'E',
  '\u041d': 'H',
  '\u041a': 'K',
  '\u041c': 'M',
  '\u041e': 'O',
  '\u0420': 'P',
  '\u0422': 'T',
  '\u0425': 'X',
};

// Anything that needs work: a look-alike, a Markdown escape before punctuation, or a run of
// combining marks (NFD text); the letter the marks sit on is taken with them below. Every branch
// starts with a rare character, so the regex engine skips ordinary text quickly.
const NEEDS_WORK = /[\u00d0\u0189\u00f0\u0256\u2010-\u2015\u2212\u00a0\u202f\u2007\u200b\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425]|\\(?=[-/.\\_*[\]()#+!<>])|[\u0300-\u036f]+/g;
const ANY_WORK = /[\u00d0\u0189\u00f0\u0256\u2010-\u2015\u2212\u00a0\u202f\u2007\u200b\u0300-\u036f\\\u0410-\u0425]/;

export function normalizeText(original: string): NormalizedText {
  if (!ANY_WORK.test(original)) return { text: original, toOriginal: (offset) => offset };

  const parts: string[] = [];
  // breakpoints: after normalized offset normAt[i], original = normalized + delta[i]
  const normAt: number[] = [];
  const delta: number[] = [];
  let last = 0;
  let normLength = 0;
  let currentDelta = 0;
  NEEDS_WORK.lastIndex = 0;
  for (let m = NEEDS_WORK.exec(original); m; m = NEEDS_WORK.exec(original)) {
    let found = m[0];
    let index = m.index;
    let replacement: string;
    if (found === '\\') {
      replacement = ''; // a Markdown escape: "12\\-NQ/TW" shows as 12-NQ/TW
    } else if (SAME_LENGTH[found] !== undefined) {
      replacement = SAME_LENGTH[found]!;
    } else if (index > last) {
      // combining marks: compose them with the letter before
      index--;
      found = original.slice(index, m.index + found.length);
      replacement = foldLookAlikes(found.normalize('NFC'));
    } else {
      replacement = found; // marks after a character already replaced: left as they are
    }
    parts.push(original.slice(last, index));
    normLength += index - last;
    parts.push(replacement);
    normLength += replacement.length;
    last = index + found.length;
    if (replacement.length !== found.length) {
      currentDelta += found.length - replacement.length;
      normAt.push(normLength);
      delta.push(currentDelta);
    }
  }
  parts.push(original.slice(last));
  const text = parts.join('');
  if (normAt.length === 0) return { text, toOriginal: (offset) => offset };

  return {
    text,
    toOriginal(offset: number): number {
      // last breakpoint at or before offset
      let lo = 0;
      let hi = normAt.length - 1;
      if (offset < normAt[0]!) return offset;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (normAt[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return offset + delta[lo]!;
    },
  };
}

function foldLookAlikes(s: string): string {
  let out = '';
  for (const ch of s) out += SAME_LENGTH[ch] ?? ch;
  return out;
}

/**
 * A key for comparing Vietnamese words regardless of NFC/NFD, case, and old/new tone placement
 * (hòa/hoà, thủy/thuỷ, Ủy/Uỷ). Đ stays Đ: HD and HĐ are different codes.
 */
export function foldKey(s: string): string {
  let key = folded.get(s);
  if (key === undefined) {
    if (folded.size >= FOLD_CACHE) folded.clear();
    key = fold(s);
    folded.set(s, key);
  }
  return key;
}

// Names, metrics and places recur thousands of times in a text: fold each once.
const FOLD_CACHE = 20_000;
const folded = new Map<string, string>();

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '') // tone marks only; vowel marks (ă â ê ô ơ ư) stay
    .normalize('NFC')
    .replace(/[\u00d0\u0189]/g, 'Đ')
    .replace(/[\u00f0\u0256]/g, 'đ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
