// A law cited by its name: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
// "Bộ luật Hình sự", "Hiến pháp năm 2013". The name runs from the keyword to the first word that
// cannot belong to a title (a date, "số", "của", a verb…) or to punctuation, at most MAX_WORDS words.

import type { DateMention } from '../types';
import type { DatesByPosition } from './datesAt';
import { LETTER, WORD_END, WORD_START, isLetter } from '../text/vietnamese';
import { foldKey } from '../text/normalize';
import { isDigit, isLowerCaseLetter, skipRunningHeader } from '../scan/chars';
import { isWhiteSpaceCode } from './context';
import { CONSTITUTION_NAMES, FOREIGN_AFTER_NAME, LAW_NAMES, NOT_A_NAME_ON_NEXT_LINE } from '../data/lawNames';

const MAX_WORDS = 12;
// "số", "năm" and "ngày" end a title only before a figure: "Luật Dân số", "Luật … số 20/2023/QH15"
const STOP_BEFORE_FIGURE = new Set(['ngày', 'số', 'năm']);
const STOP_WORDS = new Set([
  'của', 'được', 'đã', 'đang', 'sẽ', 'thì', 'là', 'có', 'này', 'đó', 'theo', 'tại', 'trong', 'với',
  'cho', 'để', 'do', 'khi', 'nếu', 'hoặc', 'như', 'hiện', 'mà', 'về', 'thuộc', 'gồm', 'sau', 'trước', 'còn',
  'hết', 'phải', 'đối', 'từ', 'đến', 'các', 'những', 'nhằm', 'bị',
  // verbs and prepositions that follow a law's name in running text
  'tham', 'đóng', 'nộp', 'hưởng', 'làm', 'thực', 'đủ', 'bằng', 'trên', 'dưới', 'nhưng', 'kèm', 'đồng', 'bao', 'tính',
  'chưa', 'giữa', 'cùng', 'trừ', 'ngoài', 'tới', 'vào', 'áp', 'nêu', 'nói', 'lần', 'tiếp', 'vẫn', 'nay',
  // adverbs and verbs of a sentence that goes on after the name ("Luật Dân số không…", "Luật Bảo vệ
  // môi trường cũng…", "Luật HKDDVN cần…", "… trình Quốc hội", "… gửi Quốc hội"); in no law's name
  // (a known name that has one, "Phòng không nhân dân", is read from the table)
  'không', 'cũng', 'cần', 'chỉ', 'giúp', 'dựa', 'gửi', 'chịu', 'kể', 'thay',
]);
/** "không" inside a name: "Hàng không", "Phòng không", "bay không người lái", "không gian". */
const KHONG_IN_NAME = /(?:hàng|phòng|bay)[ \t]+$/iu;
const KHONG_IN_NAME_AFTER = /^không[ \t]+(?:gian|quân|người lái)(?![\p{L}\p{M}])/iu;
/** Two-word verbs that end a title ("Luật Đất đai quy định…") though each word may belong to one. */
const STOP_PAIRS = new RegExp(
  String.raw`^(?:quy định|hướng dẫn|ban hành|thi hành|sửa đổi|trình (?:Quốc hội|Chính phủ|Thủ tướng|Chủ tịch|Ủy ban|Uỷ ban|UBTVQH))${WORD_END}`,
  'iu',
);
const STOP_PAIR_FIRSTS = new Set(['quy', 'hướng', 'ban', 'thi', 'sửa', 'trình']);
/**
 * After "và" a title goes on only with a capitalised word that is not the start of another reference.
 * The end is a letter test, not \b: \b sees "ị" of "Nghị" and "ộ" of "Bộ" as non-word characters.
 */
const AFTER_VA_STOPS = /^\s*(Luật|Bộ|Nghị|Quyết|Thông|Pháp|Điều|Khoản|Chương|Mục|Phụ|Hiến)(?![\p{L}\p{M}])/u;
/**
 * A name never starts with another reference's type word: "dự án Luật\nDự án Luật được bố cục…",
 * "Luật Luật sửa đổi…" (a heading that ends with "Luật", a doubled word), not "Luật Dự trữ quốc gia".
 */
const NOT_A_FIRST_WORD = /^(?:Luật|Bộ luật|Dự thảo|Dự án|Nghị quyết|Nghị định|Hiến pháp|Pháp lệnh|Thông tư|Quyết định)(?![\p{L}\p{M}])/u;
/** Words before "Luật" that make it the name of a discipline (a university, a faculty). */
const DISCIPLINE_BEFORE = new RegExp(String.raw`${WORD_START}(?:đại học|khoa|ngành)[ \t]+$`, 'iu');
/** A footnote's number run into the name's last word: "Luật Bảo hiểm xã hội1". */
const FOOTNOTE_AFTER_WORD = /^(.*[^\d])\d{1,3}$/u;
const KEYWORDS = ['Bộ luật', 'Luật', 'Hiến pháp', 'Pháp lệnh'];
/** Law names with a comma inside: the words before it. */
const COMMA_HEADS = new Set([
  'phòng', 'an toàn', 'cán bộ', 'khám bệnh', 'thi đua', 'thực hành tiết kiệm', 'tiếp cận thông tin', 'bảo vệ',
  'văn hóa', 'văn hoá', 'tài nguyên', 'quốc phòng', 'xuất cảnh', 'xuất bản', 'nhập cảnh', 'sửa đổi',
  // Luật Phổ biến, giáo dục pháp luật; Hòa giải, đối thoại tại Tòa án; Chất lượng sản phẩm, hàng hóa;
  // Quản lý, sử dụng tài sản công; Thể dục, thể thao; Tín ngưỡng, tôn giáo; Trật tự, an toàn giao
  // thông đường bộ; Tạm giữ, tạm giam; Khoa học, công nghệ và đổi mới sáng tạo; Hiến, lấy, ghép mô…;
  // Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài; Quản lý, sử dụng vũ khí, vật liệu nổ…
  'phổ biến', 'hòa giải', 'hoà giải', 'chất lượng sản phẩm', 'quản lý', 'thể dục', 'tín ngưỡng', 'trật tự',
  'tạm giữ', 'khoa học', 'hiến', 'hiến, lấy', 'nhập cảnh, xuất cảnh', 'nhập cảnh, xuất cảnh, quá cảnh',
  'quản lý, sử dụng vũ khí',
]);
const WORD = new RegExp(`[${LETTER}\\d&]+`, 'y');

// Known names by their first word, each as its folded words (commas dropped), longest first.
const KNOWN_NAMES = new Map<string, string[][]>();
for (const name of [...LAW_NAMES, ...CONSTITUTION_NAMES]) {
  const words = name.split(/[\s,]+/).map(foldKey);
  const list = KNOWN_NAMES.get(words[0]!) ?? [];
  list.push(words);
  KNOWN_NAMES.set(words[0]!, list);
}
for (const list of KNOWN_NAMES.values()) list.sort((a, b) => b.length - a.length);

/** Where a known law name starting at `from` (after the keyword) ends, or -1; the gazette headers stepped over go to `cuts`. */
function knownNameEnd(text: string, from: number, cuts?: [number, number][]): number {
  const words: { key: string; end: number }[] = [];
  let candidates: string[][] | undefined;
  let p = from;
  // words are read only as far as the longest name with this first word reaches
  while (words.length < (candidates?.[0]?.length ?? 1)) {
    for (let c = text.charCodeAt(p); c === 44 || isWhiteSpaceCode(c); c = text.charCodeAt(++p)) {
      if (c === 10 || c === 13) {
        const past = skipRunningHeader(text, p);
        if (past >= 0) {
          cuts?.push([p, past]);
          p = past;
          break;
        }
      }
    }
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) break;
    p += m[0].length;
    words.push({ key: foldKey(m[0]), end: p });
    if (words.length === 1 && !(candidates = KNOWN_NAMES.get(words[0]!.key))) return -1;
  }
  for (const name of candidates ?? []) {
    if (name.length <= words.length && name.every((w, i) => words[i]!.key === w)) return words[name.length - 1]!.end;
  }
  return -1;
}

/** A word of NOT_A_NAME_ON_NEXT_LINE starts at `at`. */
function opensNextLine(text: string, at: number): boolean {
  return NOT_A_NAME_ON_NEXT_LINE.some((w) => text.startsWith(w, at) && !isLetter(text.charCodeAt(at + w.length)));
}

/** "… Nhật Bản", "… bang Texas": the words after `at` (past blanks) name another country's law. */
function foreignAfter(text: string, at: number): boolean {
  let p = at;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  return FOREIGN_AFTER_NAME.some((w) => text.startsWith(w, p) && !/[\p{L}\p{M}]/u.test(text[p + w.length] ?? ''));
}

/** The text [from, to) without the gazette headers cut out of it (each leaves a line break). */
function withoutCuts(text: string, from: number, to: number, cuts: [number, number][] | undefined): string {
  if (!cuts) return text.slice(from, to);
  let out = '';
  let p = from;
  for (const [a, b] of cuts) {
    if (b <= from || a >= to) continue;
    out += text.slice(p, a) + '\n';
    p = b;
  }
  return out + text.slice(p, to);
}

export interface TitleRead {
  keyword: string;
  name: string;
  nameEnd: number;
  end: number;
  date: DateMention | null;
  /** The Constitution's year ("Hiến pháp năm 2013", "Hiến pháp 2013"): it names the document. */
  year: number | null;
}

// "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
// phương": an amending law is named by the laws it amends, and the date or number after the last
// of them is the amending law's own
const AMENDING = /[ \t]+sửa đổi(?:,?[ \t]+bổ sung)?(?:[ \t]+(?:một số|các) điều)?(?:[ \t]+của)?[ \t]*(?:\r?\n[ \t]*)?(?=\S)/iuy;
/** Between two amended laws: ", ", " và ", ", và ". */
const AMENDED_SEPARATOR = /[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+/uy;

/** After the keyword at `from`: where the names of the laws an amending law amends end, or -1 when it is no amending law's name. */
function amendedNamesEnd(text: string, from: number, datesAt: DatesByPosition): number {
  AMENDING.lastIndex = from;
  const lead = AMENDING.exec(text);
  if (!lead) return -1;
  let p = from + lead[0].length;
  let end = -1;
  for (;;) {
    const inner = readTitle(text, p, datesAt);
    if (!inner) return end;
    end = inner.nameEnd;
    AMENDED_SEPARATOR.lastIndex = end;
    const separator = AMENDED_SEPARATOR.exec(text);
    if (!separator) return end;
    // no law's name after the separator: readTitle finds no keyword there, and the names end here
    p = end + separator[0].length;
  }
}

/** The name after the keyword at `start`: where it ends, and the gazette headers cut out of it; null when no name follows. */
function readName(text: string, start: number, keyword: string): { nameEnd: number; cuts: [number, number][] | undefined } | null {
  let pos = start + keyword.length;
  let nameEnd = pos;
  let words = 0;
  /** Gazette headers inside the name, [from, to): not its words. */
  let cuts: [number, number][] | undefined;
  while (words < MAX_WORDS) {
    let p = pos;
    while (text[p] === ' ' || text[p] === '\t') p++;
    // a title broken across lines goes on with a lower-case word ("Luật Bảo hiểm\nxã hội"); the
    // first word may follow the keyword on the next line
    if (text[p] === '\n' || text[p] === '\r') {
      let q = p;
      if (text[q] === '\r') q++;
      if (text[q] === '\n') q++;
      while (text[q] === ' ' || text[q] === '\t') q++;
      // "Luật Bảo \n\n CÔNG BÁO/Số 1459 + 1460/… \n14 \nhiểm xã hội": a gazette's page break; the
      // running header is cut out of the name
      const past = skipRunningHeader(text, p);
      if (past >= 0) {
        (cuts ??= []).push([p, past]);
        q = past;
      }
      const next = text[q] ?? '';
      if (words === 0 ? /\p{Lu}/u.test(next) : /\p{Ll}/u.test(next)) p = q;
      else break;
      // "…thi hành Luật\nCác nội dung…": the next line's sentence, not a name
      if (words === 0 && opensNextLine(text, q) && knownNameEnd(text, q) < 0) return null;
    }
    // "Luật Phòng, chống tham nhũng": a comma goes on only after a known head (data: COMMA_HEADS)
    if (text[p] === ',' && COMMA_HEADS.has(withoutCuts(text, start + keyword.length, p, cuts).trim().toLowerCase())) {
      p++;
      while (text[p] === ' ') p++;
    }
    if (text[p] === '-' && text[p + 1] === ' ' && words > 0) {
      p += 2;
      while (text[p] === ' ') p++;
    }
    if (p === pos && words > 0) break;
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) break;
    const word = m[0];
    const lower = word.toLowerCase();
    const khongInName = lower === 'không' && (KHONG_IN_NAME.test(text.slice(Math.max(start, p - 8), p)) || KHONG_IN_NAME_AFTER.test(text.slice(p, p + 20)));
    if (words > 0 && ((STOP_WORDS.has(lower) && !khongInName) || (STOP_PAIR_FIRSTS.has(lower) && STOP_PAIRS.test(text.slice(p, p + 24))))) break;
    // "Luật \nSố 74/2014/QH13" (a table's cells): no name, the symbol is read with its type word
    if (STOP_BEFORE_FIGURE.has(lower) && /^[\s:]*\d/.test(text.slice(p + word.length, p + word.length + 4))) break; // "Luật Ban hành văn bản…", "Luật Thi đua, khen thưởng"
    if (lower === 'và' && (AFTER_VA_STOPS.test(text.slice(p + 2, p + 14)) || !/^[ \t]*\p{Lu}/u.test(text.slice(p + 2, p + 6)))) break;
    // "Luật này", "Luật số …"; "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa…" (a known name, below)
    if (words === 0 && !/^\p{Lu}/u.test(word)) {
      if (keyword === 'Hiến pháp') break;
      return null;
    }
    if (words === 0 && NOT_A_FIRST_WORD.test(text.slice(p, p + 12)) && knownNameEnd(text, p) < 0) return null; // not "Luật Luật sư"
    if (isDigit(word.charCodeAt(0))) break;
    // most words end in a letter: the footnote pattern is tried only on one that ends in a digit
    const footnote = isDigit(word.charCodeAt(word.length - 1)) ? FOOTNOTE_AFTER_WORD.exec(word) : null;
    if (footnote && words > 0) {
      // the name ends with the letters; the figures are a footnote's mark
      pos = p + footnote[1]!.length;
      nameEnd = pos;
      words++;
      break;
    }
    pos = p + word.length;
    nameEnd = pos;
    words++;
  }
  if (keyword !== 'Hiến pháp' && words === 0) return null;
  // a known name ends the title where it ends: it reaches past words the general rule stops at
  // ("Luật Hôn nhân và gia đình"), and stops at words it would read on ("Luật Chuyển giao công nghệ
  // Thuyết minh…", a heading after the name); the longest known name is tried first
  const knownCuts: [number, number][] = [];
  const known = knownNameEnd(text, start + keyword.length, knownCuts);
  if (known > nameEnd || (known >= 0 && !foreignAfter(text, known))) {
    nameEnd = known;
    if (knownCuts.length) cuts = knownCuts;
  }
  return { nameEnd, cuts };
}

/** "Hiến pháp 2013": a bare year after the name, on its line, ending there ("2013 quy định", not "2013/…", "2013,5"). */
const BARE_YEAR = /[ \t]+(\d{4})(?![\p{L}\p{M}\d%/]|[.,-]\d)/uy;

export function readTitle(
  text: string,
  start: number,
  datesAt: DatesByPosition,
): TitleRead | null {
  const keyword = KEYWORDS.find((k) => text.startsWith(k, start));
  if (!keyword) return null;
  // "Trường Đại học Luật Hà Nội", "khoa Luật", "ngành Luật": the discipline, not a law
  if (keyword === 'Luật' && DISCIPLINE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return null;
  const amended = keyword === 'Hiến pháp' ? -1 : amendedNamesEnd(text, start + keyword.length, datesAt);
  const read = amended >= 0 ? { nameEnd: amended, cuts: undefined } : readName(text, start, keyword);
  if (!read) return null;
  const { nameEnd, cuts } = read;
  const name = withoutCuts(text, start, nameEnd, cuts).replace(/\s+/g, ' ');
  // "Hiến pháp năm 2013", "Luật Đất đai năm 2013", "Luật … ngày 19 tháng 6 năm 2015"
  let p = nameEnd;
  let comma = false;
  for (; text[p] === ' ' || text[p] === ','; p++) if (text[p] === ',') comma = true;
  const d = datesAt.startingAt(p);
  // after a comma only a day is the law's (", ngày 19/6/2015"): ", năm 2026 tỉnh đã chi …" opens a clause
  const date = d && (d.mention.kind === 'day' || (d.mention.kind === 'year' && !comma)) ? d.mention : null;
  const end = date ? d!.end : nameEnd;
  let year: number | null = null;
  if (keyword === 'Hiến pháp') {
    // the year is the Constitution's name: taken from the date mention, or read here (no date mention made)
    if (date) year = date.year;
    else {
      BARE_YEAR.lastIndex = nameEnd;
      const bare = BARE_YEAR.exec(text);
      const y = bare ? Number(bare[1]) : 0;
      // the citation's text stays "Hiến pháp", as before: only a date mention extends it
      if (y >= 1945 && y <= 2100) year = y;
    }
  }
  return { keyword, name, nameEnd, end, date, year };
}

/**
 * "Luật giá số 16/2023/QH15", "Luật thuế thu nhập doanh nghiệp số 67/2025/QH15", "Luật dạy nghề \nsố
 * 76/2006/QH11": a law's name written with a lower-case first word (readTitle wants a capital), read
 * back from "số" at `at` when the symbol after it is a law's. The words back to the keyword are
 * letters, blanks, commas and one line break, none of them a stop word; at most MAX_WORDS.
 */
export function lowerCaseLawBefore(text: string, at: number): { start: number; keyword: string; name: string } | null {
  let p = at;
  let breaks = 0;
  let words = 0;
  let nameEnd = -1;
  while (words <= MAX_WORDS) {
    // blanks and commas back, one line break in all
    for (let c = text.charCodeAt(p - 1); p > 0 && (c === 32 || c === 9 || c === 44 || c === 10 || c === 13); c = text.charCodeAt(--p - 1)) {
      if (c === 10 && ++breaks > 1) return null;
    }
    const end = p;
    while (p > 0 && isLetter(text.charCodeAt(p - 1))) p--;
    if (p === end) return null;
    if (nameEnd < 0) nameEnd = end;
    const word = text.slice(p, end);
    for (const keyword of KEYWORDS) {
      // "Luật giá": the keyword, then a lower-case word (a capitalised one was read by readTitle)
      const start = end - keyword.length;
      if (words > 0 && word === keyword.slice(keyword.lastIndexOf(' ') + 1) && text.startsWith(keyword, start) && !isLetter(text.charCodeAt(start - 1))) {
        let first = end;
        while (!isLetter(text.charCodeAt(first))) first++;
        if (!isLowerCaseLetter(text.charCodeAt(first))) return null;
        return { start, keyword, name: text.slice(start, nameEnd).replace(/\s+/g, ' ') };
      }
    }
    if (STOP_WORDS.has(word.toLowerCase()) || NOT_A_LOWER_CASE_NAME.has(word.toLowerCase())) return null;
    words++;
  }
  return null;
}

/** Words after "Luật" that are no name: "Luật này số …" never, "các Luật số 43/2024/QH15" (readTitle's cases). */
const NOT_A_LOWER_CASE_NAME = new Set(['số', 'sửa', 'này', 'luật']);
