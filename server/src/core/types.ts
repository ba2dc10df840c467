// The vocabulary of the analysis core. Everything here is plain data: text in, these out.
// Offsets are UTF-16 code units of the original text, exactly as the editor holds it.

export interface Span {
  start: number;
  end: number;
}

/** Both languages travel together; the front end picks one. */
export interface Message {
  vi: string;
  en: string;
}

export type Lang = keyof Message;

/** The four shapes of "số, ký hiệu" (RULES.md §1–§3). */
export type Shape = 'state' | 'letter' | 'normative' | 'party';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A date, month, quarter, year, period or horizon as written in the text. */
export interface DateMention {
  /** dayMonth: a day written without its year ("Chiều 11/6", "ngày 26/3 hằng năm"), the year taken from the text around it. */
  kind: 'day' | 'dayMonth' | 'month' | 'quarter' | 'year' | 'period' | 'horizon';
  text: string;
  /** With its lead word ("ngày 27/9/2019", "đến năm 2025"). */
  span: Span;
  /** The figures alone ("27/9/2019"): what a fix replaces. */
  valueSpan: Span;
  /** ISO form: 2020-06-03, 2021-04, 2024-Q1 for a quarter, 2025, 2021/2025 for a period, --06-11 for a day without its year. Null for an impossible date. */
  iso: string | null;
  /** For a dayMonth, the year of the text around it (see `yearsOfDaysAlone`), 0 where the text names none. */
  year: number;
  month?: number;
  day?: number;
  /** For quarters: 1 to 4. */
  quarter?: number;
  /** For periods: the last year. */
  endYear?: number;
  /** How a day date is written: 27/9/2019, 27-9-2019, 27.9.2019, "ngày 27 tháng 9 năm 2019", or 2026-05-29 (a signature stamp). */
  style?: 'slash' | 'hyphen' | 'dot' | 'long' | 'iso';
  /** For horizons: which word introduced it. */
  horizonKind?: 'until' | 'orientation' | 'vision';
  /** Why the date cannot exist (VB104), when it cannot. */
  invalid?: Message;
}

/** A recognized defect in how a symbol or its lead-in is written (VB101), with the exact repair. */
export interface WritingDefect {
  kind:
    | 'separator'     // "342/BC STTTT", "21 / 2008 / QĐ - NHNN"
    | 'dash'          // en or em dash inside a symbol
    | 'ascii-d'       // QD-TTg for QĐ-TTg
    | 'eth'           // Ð (U+00D0) or Ɖ (U+0189) for Đ
    | 'lookalike'     // Cyrillic С, Р, Т… for Latin C, P, T
    | 'case'          // qđ-ttg, CT-TTG
    | 'variant'       // 21-NQ/TƯ for 21-NQ/TW
    | 'glued-after'   // "202/2025/QH15ngày": the next word touches the symbol
    | 'header-in-prose' // "Quyết định Số: 3853/QĐ-UBND"
    | 'joined'        // "Quyết địnhsố"
    | 'type-case'     // "Nghị Quyết" for "Nghị quyết"
    | 'missing-zero'  // "Số: 5/QĐ-UBND" in a header
    | 'incomplete'    // "Nghị định số 104/2016": a number and a year, no type or issuer code
    | 'missing-year'; // "Nghị định số 45/NĐ-CP": a normative code with no year
  span: Span;
  /** The certain repair; null when none is certain (reported without a fix). */
  replacement: string | null;
  message: Message;
  /** The quick fix's title, when "Sửa thành <replacement>" would not read well. */
  fixTitle?: Message;
}

export interface IssuerMention {
  /** As written: "Ban Chấp hành Trung ương", "UBND tỉnh". */
  text: string;
  span: Span;
  /** Canonical issuer name from the issuer table ("Bộ Chính trị"), or null if unknown. */
  name: string | null;
  /** Issuer id from the issuer table, used to compare two mentions. */
  id: string | null;
  /** The province named with a local body ("UBND tỉnh Thanh Hóa"), canonical spelling. */
  place: string | null;
}

export interface Citation {
  /** full: has a symbol; short: "Nghị quyết số 13"; title: a law by name; placeholder: "số    /2024/NQ-HĐND". */
  kind: 'full' | 'short' | 'title' | 'placeholder';
  role: 'cite' | 'header';
  text: string;
  /** From the type word (when present) to the end of the symbol (or number, or title). */
  span: Span;
  symbolSpan: Span;
  typeWord: { text: string; span: Span } | null;
  /** Canonical type name ("Nghị quyết"), from the type word or the symbol's type code. */
  type: string | null;
  /** Canonical symbol (full citations); null for short forms and titles until resolved. */
  symbol: string | null;
  shape: Shape | null;
  number: string | null;
  typeCode: string | null;
  issuerCode: string | null;
  year: number | null;
  title: string | null;
  date: DateMention | null;
  issuer: IssuerMention | null;
  defects: WritingDefect[];
  /** The shape as written, when it is another family's ("52/NQ-TW", "14/2021/KL-TW" for a Party symbol): VB103. */
  writtenShape: Shape | null;
  /**
   * A law named with no date or year in the clause of a dated citation ("Nghị định số
   * 163/2016/NĐ-CP ngày 21/12/2016 … thi hành Luật Ngân sách nhà nước"): that date, YYYY-MM-DD or
   * YYYY. The law named was passed by then, which rules out its later versions.
   */
  passedBy?: string;
}

export type Comparator = '>' | '>=' | '=' | '~' | '<' | '<=';

export interface TargetMention {
  text: string;
  span: Span;
  valueSpan: Span;
  value: number;
  unit: string;
  comparator: Comparator;
  metric: string;
  scope: string | null;
  year: number | null;
  /**
   * For a figure in an indicator table: the table's span, and the year the table gives the figure
   * (its column's header, a section row above it), which attribution keeps.
   */
  table?: { span: Span; year: number | null };
  /** A goal to reach, an achievement (a level reached or stated as fact), or a provision a law lays down ("Điều 5. … mức 30%"). */
  kind: 'goal' | 'achievement' | 'provision';
  /** The figure states a change ("tăng 2%", "giảm 30% thời gian"), not a level ("đạt 54%"). */
  change: boolean;
  /**
   * Whether a cue in the figure's sentence or paragraph gave its kind. Without one, the heading
   * over it decides ("Mục tiêu đến năm 2030:"), read on the whole text with its year and owner.
   */
  cued: boolean;
  /** Index into the analysis' citations of the document it is attributed to. */
  owner: number | null;
  /**
   * The owner is the document the text carries out ("Kế hoạch triển khai thực hiện Nghị quyết số
   * 13-NQ/TU"), whose goals a goal of the text's own restates: it may set a stricter one.
   */
  implementing?: true;
}

/** "1.693/1.733 thôn … đạt 81,2%": a part of a whole, with the share the text states for it. */
export interface RatioMention {
  text: string;
  span: Span;
  part: number;
  whole: number;
  stated: { value: number; span: Span; approximate: boolean } | null;
}

/** "1.845 Tổ (cấp xã: 138, cấp thôn: 1.707)": a total and its breakdown. */
export interface BreakdownMention {
  span: Span;
  total: number;
  totalSpan: Span;
  parts: { label: string; value: number; span: Span }[];
}

export interface Fix {
  title: Message;
  edits: { span: Span; newText: string }[];
  /** Certain fixes are applied by "fix all"; the others are offered only. */
  preferred: boolean;
}

export interface Related {
  span: Span;
  message: Message;
}

export interface Finding {
  code: string;
  severity: Severity;
  span: Span;
  message: Message;
  /** Canonical symbol the finding is about, when there is one. */
  symbol: string | null;
  fixes: Fix[];
  related: Related[];
}
