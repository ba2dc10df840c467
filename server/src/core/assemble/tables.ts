// Indicator tables in Markdown: "| TT | Chỉ tiêu | Đơn vị | Kết quả |" over rows such as
// "| 10 | Quy mô kinh tế số | % GDP | ≥ 30 |". A value cell holds no words of its own: the metric is
// in the row's "Chỉ tiêu" cell, the unit in its "Đơn vị" cell, and the kind and year in the column's
// header ("Kế hoạch 2025", "Thực hiện 2024") or a section row above ("| **I** | **Đến năm 2030** |").
// Read on the normalized text; each row is one line, so the pass stays linear.

import { ACHIEVEMENT_COLUMN_WORDS, COMPARISON_COLUMN_WORDS, GOAL_COLUMN_WORDS, METRIC_COLUMN_HEADERS, UNIT_COLUMN_HEADERS, VALUE_COLUMN_WORDS } from '../data/tableHeadings';
import { COMPARATOR_WORDS, namesChange, UNIT_WORDS } from '../data/targetWords';
import { foldKey } from '../text/normalize';
import { escape } from '../text/vietnamese';
import type { Comparator, Span, TargetMention } from '../types';
import { singleSpaced } from './context';
import { NUMBER, parseVietnameseNumber } from './targets';

export interface TableFigures {
  /** Figures read from value cells: kind and year as the table gives them (`cued` false when it gives no kind). */
  targets: TargetMention[];
  /** The value cells read, in normalized offsets and text order: the running-text reader leaves their figures alone. */
  cells: { start: number; end: number }[];
}

type Unit = { unit: string; words: string };
type ColumnRole = { role: 'metric' } | { role: 'unit' } | { role: 'value'; kind: TargetMention['kind'] | null; year: number | null; unit: Unit | null } | { role: 'other' };

interface Cell {
  start: number;
  end: number;
  /** The cell's words, emphasis ("**") dropped, single-spaced. */
  words: string;
}

const folded = (list: string[]) => new Set(list.map(foldKey));
const METRIC_HEADERS = folded(METRIC_COLUMN_HEADERS);
const UNIT_HEADERS = folded(UNIT_COLUMN_HEADERS);
const UNITS = new Map(UNIT_WORDS.map((u) => [foldKey(u), u]));
// longest first: "ước thực hiện" before "ước"
const byLength = (list: string[]) => list.map(foldKey).sort((a, b) => b.length - a.length);
const ACHIEVEMENT_WORDS = byLength(ACHIEVEMENT_COLUMN_WORDS);
const GOAL_WORDS = byLength(GOAL_COLUMN_WORDS);
const VALUE_WORDS = byLength(VALUE_COLUMN_WORDS);
const COMPARISON_WORDS = COMPARISON_COLUMN_WORDS.map(foldKey);

// the comparators of running text, and the ASCII signs tables are typed with (">= 30")
const CELL_COMPARATORS: [string, Comparator][] = [['>=', '>='], ['<=', '<='], ['=', '='], ...COMPARATOR_WORDS];
const COMPARATOR_OF = new Map(CELL_COMPARATORS.map(([w, c]) => [w.toLowerCase(), c]));
// "≥ 80", ">= 30", "100%", "tối thiểu 50%": a figure that opens a cell (or follows a ";" or a range's dash)
const FIGURE = new RegExp(
  String.raw`(?:(${CELL_COMPARATORS.map(([w]) => escape(w)).sort((a, b) => b.length - a.length).join('|')})[ \t]*)?(${NUMBER})(?![\d/:.,]*\d)[ \t]*(%)?(?![\p{L}\d])`,
  'iuy',
);
const RANGE_DASH = /[ \t]*-[ \t]*/y;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?![\d/])/g;
const PERIOD = /(?<!\d)((?:19|20)\d{2})[ \t]*-[ \t]*((?:19|20)\d{2})(?!\d)/;
const UNIT_IN_PARENS = /\(([^()]*)\)/;
// a section row: "Đến năm 2030" (goals of that year), "Năm 2025", "Giai đoạn 2021 - 2025"
const SECTION_HORIZON = /(?:đến|tới)[ \t]+năm[ \t]+((?:19|20)\d{2})/iu;
const SECTION_YEAR = /^(?:năm|giai đoạn)[ \t]+(?:(?:19|20)\d{2}[ \t]*-[ \t]*)?((?:19|20)\d{2})$/iu;
// "11.1", "a)", "-", "+": the item marks that open a metric cell
const ITEM_MARK = /^(?:(?:\d+(?:\.\d+)*|[IVX]+|[a-zđ])[.)]?|[-+•])[ \t]+/u;
// "- Cấp tỉnh", "+ Khu vực nông thôn": a sub-item that narrows the metric of the row above it
const SUB_ITEM = /^[-+•][ \t]/u;
// "%/năm": a rate per year; no word of the metric
const RATE_PER = /^\/[ \t]*(?:năm|tháng|quý)$/u;

/** Every indicator table of `text`: a header row with a metric column, a delimiter row, and the rows below. */
export function readIndicatorTables(text: string, span: (start: number, end: number) => Span, original: string): TableFigures {
  const out: TableFigures = { targets: [], cells: [] };
  // most texts hold no "|" at all: one native search for them
  for (let bar = text.indexOf('|'); bar >= 0; ) {
    const lineStart = text.lastIndexOf('\n', bar) + 1;
    const lineEnd = endOfLine(text, bar);
    if (isDelimiterRow(text, lineStart, lineEnd) && lineStart > 0) {
      const headerStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      let end = lineEnd;
      const rows: Cell[][] = [];
      // the body: every line after the delimiter that holds a "|", up to a blank line or a line without one
      for (let at = lineEnd + 1; at < text.length; ) {
        const e = endOfLine(text, at);
        const bodyBar = text.indexOf('|', at);
        if (bodyBar < 0 || bodyBar >= e) break;
        rows.push(cellsOf(text, at, e));
        end = e;
        at = e + 1;
      }
      readTable(text, cellsOf(text, headerStart, lineStart - 1), rows, span(headerStart, end), span, original, out);
      bar = text.indexOf('|', end + 1);
      continue;
    }
    bar = text.indexOf('|', lineEnd + 1);
  }
  return out;
}

function endOfLine(text: string, at: number): number {
  const e = text.indexOf('\n', at);
  return e < 0 ? text.length : e;
}

/** "| --- | :---: |", "|---|---|": pipes, dashes, colons and blanks only, a pipe and a dash at least. */
function isDelimiterRow(text: string, start: number, end: number): boolean {
  let dash = false;
  let bar = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) dash = true;
    else if (c === 124) bar = true;
    else if (c !== 58 && c !== 32 && c !== 9 && c !== 13) return false;
  }
  return dash && bar;
}

/** The cells of a row's line, split at "|" (not at an escaped "\|"), leading and trailing pipes dropped. */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) === 124) i++;
  let from = i;
  for (; i <= end; i++) {
    if (i < end && (text.charCodeAt(i) !== 124 || text.charCodeAt(i - 1) === 92)) continue;
    cells.push(cell(text, from, i));
    from = i + 1;
  }
  // "| a | b |": the pipe that closes the row opens no cell
  const last = cells[cells.length - 1];
  if (last && last.start === last.end && cells.length > 1) cells.pop();
  return cells;
}

/** A cell without its blanks and emphasis marks around it. */
function cell(text: string, from: number, to: number): Cell {
  const trimmed = (c: number) => c === 32 || c === 9 || c === 13 || c === 42 || c === 95;
  while (from < to && trimmed(text.charCodeAt(from))) from++;
  while (to > from && trimmed(text.charCodeAt(to - 1))) to--;
  const words = singleSpaced(text, from, to).replace(/\*+/g, '').trim();
  return { start: from, end: to, words };
}

function readTable(text: string, header: Cell[], rows: Cell[][], tableSpan: Span, span: (start: number, end: number) => Span, original: string, out: TableFigures): void {
  const roles = header.map(columnRole);
  const metricColumn = roles.findIndex((r) => r.role === 'metric');
  // without a column naming the metric, the cells are read as running text
  if (metricColumn < 0 || !roles.some((r, i) => r.role === 'value' && i > metricColumn)) return;
  const unitColumn = roles.findIndex((r) => r.role === 'unit');
  let section: { kind: 'goal' | null; year: number } | null = null;
  let parent = '';
  for (const row of rows) {
    const metricCell = row[metricColumn];
    if (!metricCell) continue;
    const figures = row.map((c, i) => (roles[i]?.role === 'value' && i > metricColumn ? figuresIn(text, c) : []));
    if (figures.every((f) => f.length === 0)) {
      section = sectionOf(row) ?? section;
      if (!SUB_ITEM.test(metricCell.words)) parent = metricCell.words.replace(ITEM_MARK, '');
      continue;
    }
    const own = metricCell.words.replace(ITEM_MARK, '');
    const sub = SUB_ITEM.test(metricCell.words);
    // a sub-item, or a row with no words of its own, measures the row above it
    let metric = (sub || !own) && parent ? `${parent} ${own}`.trim() : own;
    if (!sub) parent = '';
    // "Tỷ lệ hộ nghèo (%)": a unit named in the metric cell
    const metricUnit = UNIT_IN_PARENS.exec(metric);
    const namedUnit = metricUnit ? unitInParens(metricUnit[1]!) : null;
    if (namedUnit) metric = metric.replace(metricUnit![0], '').trim();
    const rowUnit = unitOf(unitColumn >= 0 ? (row[unitColumn]?.words ?? '') : '') ?? namedUnit;
    figures.forEach((list, i) => {
      const column = roles[i]!;
      if (column.role !== 'value') return;
      for (const f of list) {
        const unit = f.percent ? { unit: '%', words: rowUnit?.unit === '%' ? rowUnit.words : '' } : (rowUnit ?? column.unit);
        if (!unit) continue;
        const kind = column.kind ?? section?.kind ?? null;
        const words = [metric, unit.words, list.length > 1 && !f.rangeEnd ? f.qualifier : ''].filter(Boolean).join(' ');
        const s = span(f.start, f.end);
        out.targets.push({
          text: original.slice(s.start, s.end),
          span: s,
          valueSpan: span(f.valueStart, f.valueEnd),
          value: f.value,
          unit: unit.unit,
          comparator: f.comparator,
          metric: words,
          scope: null,
          year: null,
          table: { span: tableSpan, year: column.year ?? section?.year ?? null },
          kind: kind ?? 'achievement',
          change: namesChange(words),
          cued: kind !== null,
          owner: null,
        });
      }
      const c = row[i]!;
      if (list.length > 0) out.cells.push({ start: c.start, end: c.end });
    });
  }
}

function columnRole(header: Cell): ColumnRole {
  const parens = UNIT_IN_PARENS.exec(header.words);
  const key = foldKey(parens ? header.words.replace(parens[0], ' ') : header.words);
  const years = [...key.matchAll(YEAR)].map((m) => +m[1]!);
  if (years.length === 0 && METRIC_HEADERS.has(key)) return { role: 'metric' };
  if (UNIT_HEADERS.has(key)) return { role: 'unit' };
  if (COMPARISON_WORDS.some((w) => key.includes(w))) return { role: 'other' };
  const period = PERIOD.exec(key);
  const year = period ? +period[2]! : years.length > 0 ? years[years.length - 1]! : null;
  const unit = parens ? unitInParens(parens[1]!) : null;
  const opens = (words: string[]) => words.some((w) => key.startsWith(w) && !/[\p{L}\p{M}]/u.test(key.charAt(w.length)));
  if (opens(ACHIEVEMENT_WORDS)) return { role: 'value', kind: 'achievement', year, unit };
  if (opens(GOAL_WORDS)) return { role: 'value', kind: 'goal', year, unit };
  if (opens(VALUE_WORDS) || (year !== null && /^\d{4}(?:[ \t]*-[ \t]*\d{4})?$/.test(key.trim()))) return { role: 'value', kind: null, year, unit };
  return { role: 'other' };
}

/**
 * A unit cell's unit: "%" (the words after it, "% GDP", go with the metric), or a count's unit as
 * the running text writes it ("doanh nghiệp"), or as the cell does ("Tbps", "Người/vạn dân"): the
 * column says it is one. Null for an empty cell.
 */
function unitOf(words: string): Unit | null {
  const w = words.trim();
  if (w.startsWith('%')) {
    const rest = w.slice(1).trim();
    return { unit: '%', words: RATE_PER.test(rest) ? '' : rest };
  }
  if (!w) return null;
  return { unit: UNITS.get(foldKey(w)) ?? w, words: '' };
}

/** A unit in parentheses after a header or metric ("Tỷ lệ (%)", "Kế hoạch (tỷ đồng)"): "%" or a unit word, not an abbreviation ("(R&D)"). */
function unitInParens(words: string): Unit | null {
  const w = words.trim();
  return w.startsWith('%') || UNITS.has(foldKey(w)) ? unitOf(w) : null;
}

/** A row with no figures that names a year: the kind and year of the rows under it. */
function sectionOf(row: Cell[]): { kind: 'goal' | null; year: number } | null {
  for (const c of row) {
    const horizon = SECTION_HORIZON.exec(c.words);
    if (horizon) return { kind: 'goal', year: +horizon[1]! };
    const year = SECTION_YEAR.exec(c.words);
    if (year) return { kind: null, year: +year[1]! };
  }
  return null;
}

interface CellFigure {
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  value: number;
  comparator: Comparator;
  percent: boolean;
  /** "≤ 3 Đông Nam Á; ≤ 50 Thế giới": the words after the figure, up to the next ";". */
  qualifier: string;
  rangeEnd: boolean;
}

/**
 * The figures a value cell opens with: "≥ 80", "90", "16 - 18" (a range: both ends), "≥ 3% và tăng
 * dần …" (the words after are the text's, not a figure's), "≤ 3 Đông Nam Á; ≤ 50 Thế giới". A cell
 * that opens with words ("Đạt mức trên trung bình") holds no figure of the table's.
 */
function figuresIn(text: string, c: Cell): CellFigure[] {
  const list: CellFigure[] = [];
  let at = c.start;
  while (at < c.end) {
    const first = figureAt(text, at, c.end);
    if (!first) break;
    let end = first.end;
    RANGE_DASH.lastIndex = end;
    const dash = RANGE_DASH.exec(text);
    const second = dash && dash.index === end ? figureAt(text, RANGE_DASH.lastIndex, c.end) : null;
    if (second && second.value > first.value) {
      // "16 - 18": both ends; a sign on one end is its bound, none makes the range's
      if (first.comparator === '=' && second.comparator === '=') {
        first.comparator = '>=';
        second.comparator = '<=';
      }
      first.percent ||= second.percent;
      second.rangeEnd = true;
      end = second.end;
    }
    // the search stays inside the cell: a table of many rows with no ";" is read in linear time
    const semicolon = text.slice(end, c.end).indexOf(';');
    const partEnd = semicolon >= 0 ? end + semicolon : c.end;
    first.qualifier = singleSpaced(text, end, partEnd).replace(/\*+/g, '').trim();
    list.push(first);
    if (second && second.rangeEnd) list.push(second);
    at = partEnd + 1;
    while (at < c.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  }
  return list;
}

function figureAt(text: string, at: number, end: number): CellFigure | null {
  FIGURE.lastIndex = at;
  const m = FIGURE.exec(text);
  if (!m) return null;
  const valueStart = m[1] ? m.index + m[0].indexOf(m[2]!, m[1].length) : m.index;
  const valueEnd = valueStart + m[2]!.length;
  const figureEnd = m[3] ? text.indexOf('%', valueEnd) + 1 : valueEnd;
  if (figureEnd > end) return null;
  return {
    start: m.index,
    end: figureEnd,
    valueStart,
    valueEnd,
    value: parseVietnameseNumber(m[2]!),
    comparator: m[1] ? (COMPARATOR_OF.get(m[1].toLowerCase()) ?? '=') : '=',
    percent: !!m[3],
    qualifier: '',
    rangeEnd: false,
  };
}
