// Building regex sources for Vietnamese names that tolerate what real text varies on: letter case
// (use the 'i' flag), old and new tone placement (hòa/hoà, thủy/thuỷ, Ủy/Uỷ) and the spacing
// between words (spaces, tabs, a line break). The sources are plain alternations of literals.

/**
 * Letters (with combining marks) of the scripts Vietnamese text mixes in, as a class body. Word
 * edges are written with it, `(?<![…])word(?![…])`, not as `(?:^|[^\p{L}])word(?![\p{L}])`: V8
 * runs that form on an explicit class about five times faster, and these searches run around
 * every figure and citation.
 */
export const LETTER = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u04ff\\u1e00-\\u1eff';
/** A word starts here: no letter before. */
export const WORD_START = `(?<![${LETTER}])`;
/** A word ends here: no letter after. */
export const WORD_END = `(?![${LETTER}])`;

const TONE_PAIRS: [string, string][] = [];
// vowel pairs whose tone mark moves between the two letters
const PAIRS: [string, string, string[]][] = [
  ['o', 'a', ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323']],
  ['o', 'e', ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323']],
  ['u', 'y', ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323']],
];
for (const [first, second, marks] of PAIRS) {
  for (const mark of marks) {
    for (const [f, s] of [
      [first, second],
      [first.toUpperCase(), second],
    ] as const) {
      const onFirst = (f + mark).normalize('NFC') + s;
      const onSecond = f + (s + mark).normalize('NFC');
      TONE_PAIRS.push([onFirst, onSecond]);
    }
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A regex source matching `name` with either tone placement and any run of white space between words. */
export function namePattern(name: string): string {
  let source = '';
  const n = name.normalize('NFC');
  for (let i = 0; i < n.length; ) {
    const pair = TONE_PAIRS.find(([a, b]) => n.startsWith(a, i) || n.startsWith(b, i));
    if (pair) {
      source += `(?:${escape(pair[0])}|${escape(pair[1])})`;
      i += 2;
      continue;
    }
    const ch = n[i]!;
    if (/\s/.test(ch)) {
      while (i < n.length && /\s/.test(n[i]!)) i++;
      source += '\\s+';
      continue;
    }
    if (ch === '-' ) {
      source += '\\s*-\\s*';
      i++;
      continue;
    }
    source += escape(ch);
    i++;
  }
  return source;
}

/** The name with every tone mark moved to the other letter of its pair (hòa ↔ hoà, ủy ↔ uỷ). */
export function otherPlacement(name: string): string {
  let out = '';
  const n = name.normalize('NFC');
  for (let i = 0; i < n.length; ) {
    const pair = TONE_PAIRS.find(([a, b]) => n.startsWith(a, i) || n.startsWith(b, i));
    if (pair) {
      out += n.startsWith(pair[0], i) ? pair[1] : pair[0];
      i += 2;
    } else out += n[i++];
  }
  return out;
}

/** One alternation for many names, longest first so the fullest name wins. */
export function namesPattern(names: string[]): string {
  return [...names].sort((a, b) => b.length - a.length).map(namePattern).join('|');
}
