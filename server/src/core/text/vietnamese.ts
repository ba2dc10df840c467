// Building regex sources for Vietnamese names that tolerate what real text varies on: letter case
// (use the 'i' flag), old and new tone placement (hòa/hoà, thủy/thuỷ, Ủy/Uỷ) and the spacing
// between words (spaces, tabs, a line break). The sources are plain alternations of literals.

// Letters (with combining marks) of the scripts Vietnamese text mixes in: Latin with its Vietnamese
// letters, combining marks, Greek, Cyrillic. One table gives both the regex class and the code-unit test.
const LETTER_RANGES: [number, number][] = [
  [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba], [0xc0, 0xd6], [0xd8, 0xf6],
  [0xf8, 0x2af], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x4ff], [0x1e00, 0x1eff],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * The letters as a class body. Word edges are written with it, `(?<![…])word(?![…])`, not as
 * `(?:^|[^\p{L}])word(?![\p{L}])`: V8 runs that form on an explicit class about five times faster.
 */
export const LETTER = LETTER_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
/** A word starts here: no letter before. */
export const WORD_START = `(?<![${LETTER}])`;
/** A word ends here: no letter after. */
export const WORD_END = `(?![${LETTER}])`;

const LETTER_TABLE = new Uint8Array(0x1f00);
for (const [a, b] of LETTER_RANGES) LETTER_TABLE.fill(1, a, b + 1);

/** The code unit is one of LETTER's. */
export function isLetter(c: number): boolean {
  return c < 0x1f00 && LETTER_TABLE[c] === 1;
}

/**
 * A search for `body` as whole words, as `(?<![…])(?:body)(?![…])` would find it. V8 tests a
 * leading lookbehind at every position before it can reject one (three to five times slower on the
 * windows around figures and citations): here the pattern runs without it, and the code unit before
 * each match is tested instead. The leftmost match is the same.
 */
export class WordSearch {
  private readonly re: RegExp;

  constructor(body: string, flags: string) {
    this.re = new RegExp(`(?:${body})${WORD_END}`, `${flags.replace('g', '')}g`);
  }

  /** The first match in `s` at or after `from`, or null. */
  exec(s: string, from = 0): RegExpExecArray | null {
    const re = this.re;
    re.lastIndex = from;
    for (;;) {
      const m = re.exec(s);
      if (!m || m.index === 0 || !isLetter(s.charCodeAt(m.index - 1))) return m;
      re.lastIndex = m.index + 1;
    }
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }

  /** How many matches, one after another (as `s.match` with the g flag counts them). */
  count(s: string): number {
    let n = 0;
    for (let m = this.exec(s); m; m = this.exec(s, m.index + Math.max(1, m[0].length))) n++;
    return n;
  }
}

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

/** `s` as a regex source that matches it literally. */
export function escape(s: string): string {
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

interface NameTrie {
  /** By the pattern of the next word. */
  next: Map<string, NameTrie>;
  /** A name ends here. */
  end: boolean;
  /** The longest name through here. */
  longest: number;
}

/**
 * One alternation for many names, the fullest name first where several match. Built as a tree of
 * words ("Bộ\s+(?:Tài\s+chính|Tư\s+pháp|…)"): V8 tries the branches of an alternation one after
 * another, so a hundred names sharing a first word cost one test of it, not a hundred.
 */
export function namesPattern(names: string[]): string {
  const root: NameTrie = { next: new Map(), end: false, longest: 0 };
  for (const name of names) {
    let node = root;
    // namePattern turns white space into \s+; word by word, the same pattern results
    for (const word of name.normalize('NFC').trim().split(/\s+/)) {
      node.longest = Math.max(node.longest, name.length);
      const key = namePattern(word);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), end: false, longest: 0 }));
      node = child;
    }
    node.longest = Math.max(node.longest, name.length);
    node.end = true;
  }
  const branches = (node: NameTrie): string =>
    [...node.next]
      .sort((a, b) => b[1].longest - a[1].longest)
      .map(([word, child]) => {
        if (child.next.size === 0) return word;
        const rest = child.next.size === 1 ? `\\s+${branches(child)}` : `\\s+(?:${branches(child)})`;
        // a longer name first: the optional rest is greedy
        return child.end ? `${word}(?:${rest})?` : `${word}${rest}`;
      })
      .join('|');
  return branches(root);
}
