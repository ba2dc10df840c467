// Recognition runs on a normalized copy of the text (NFC, Đ for its look-alikes, ASCII hyphen for
// dashes, space for no-break spaces, Markdown escapes dropped), and every offset it finds is mapped
// back to the text as the editor holds it. Only NFC composition and dropped escapes change lengths,
// so the map is a short list of breakpoints, not a table as long as the text.

import { memoized } from '../memo';
import { lastAtOrBefore } from './spans';

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

// Which code units need work: a look-alike, a backslash (a Markdown escape, when punctuation
// follows), a combining mark (NFD text). A table lookup per code unit: a regex with these classes
// ran at a tenth of the speed on two-byte strings.
const TABLE_SIZE = 0x2300;
const NEEDS = new Uint8Array(TABLE_SIZE);
for (const ch of Object.keys(SAME_LENGTH)) NEEDS[ch.charCodeAt(0)] = 1;
for (let c = 0x300; c <= 0x36f; c++) NEEDS[c] = 2;
NEEDS[92] = 3;
// CommonMark's backslash escapes: any ASCII punctuation ("R\&D", "12\-NQ/TW", "1\.")
const ESCAPABLE = /[!-\/:-@[-`{-~]/;

/** The first code unit at or after `from` that may need work; -1 when there is none. */
function indexOfNeeded(text: string, from: number): number {
  // a loop of its own: the hot loop over every code unit of the text, kept small for the JIT
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < TABLE_SIZE && NEEDS[c] !== 0) return k;
  }
  return -1;
}

export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  let i = indexOfNeeded(original, 0);
  // most texts need nothing
  if (i < 0) return { text: original, toOriginal: (offset) => offset };

  const parts: string[] = [];
  // breakpoints: after normalized offset normAt[k], original = normalized + delta[k]
  const normAt: number[] = [];
  const delta: number[] = [];
  let last = 0;
  let normLength = 0;
  let currentDelta = 0;
  for (; i >= 0; i = indexOfNeeded(original, i + 1)) {
    const kind = NEEDS[original.charCodeAt(i)];
    let index = i;
    let end = i + 1;
    let replacement: string;
    if (kind === 3) {
      if (!ESCAPABLE.test(original[i + 1] ?? '')) continue;
      replacement = ''; // a Markdown escape: "12\\-NQ/TW" shows as 12-NQ/TW
    } else if (kind === 1) {
      replacement = SAME_LENGTH[original[i]!]!;
    } else {
      // combining marks: compose the run with the letter before it
      while (end < n && NEEDS[original.charCodeAt(end)] === 2) end++;
      if (index > last) {
        index--;
        replacement = foldLookAlikes(original.slice(index, end).normalize('NFC'));
      } else replacement = original.slice(index, end); // marks after a character already replaced
    }
    const found = end - index;
    parts.push(original.slice(last, index));
    normLength += index - last;
    parts.push(replacement);
    normLength += replacement.length;
    last = end;
    i = end - 1;
    if (replacement.length !== found) {
      currentDelta += found - replacement.length;
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
      const k = lastAtOrBefore(normAt, offset);
      return k < 0 ? offset : offset + delta[k]!;
    },
  };
}

/**
 * A short piece of the text as written (NFD, "Ð" for Đ, no-break spaces) in the normalized form
 * the cue patterns are written in: for code that reads the original text, as attribution and the
 * rules do, and tests words in it without keeping offsets.
 */
export function normalizedPiece(piece: string): string {
  // most pieces need nothing: no map and no closure made for them
  return indexOfNeeded(piece, 0) < 0 ? piece : normalizeText(piece).text;
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
  return folded(s);
}

// Names, metrics and places recur thousands of times in a text: fold each once.
const folded = memoized(fold);

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
