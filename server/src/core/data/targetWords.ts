// Words that make a figure a target: comparators, unit words, scopes, and the cues that tell a
// goal ("phấn đấu đến năm 2025, 70%…") from an achievement ("đến nay đã đạt 81,2%").

import type { Comparator } from '../types';
import { WordSearch } from '../text/vietnamese';

/** Comparator words before a figure, longest first. */
export const COMPARATOR_WORDS: [string, Comparator][] = [
  ['nhỏ hơn hoặc bằng', '<='],
  ['lớn hơn hoặc bằng', '>='],
  ['không thấp hơn', '>='],
  ['không dưới', '>='],
  ['không quá', '<='],
  ['không vượt quá', '<='],
  ['tối thiểu', '>='],
  ['ít nhất', '>='],
  ['tối đa', '<='],
  ['cao hơn', '>'],
  ['lớn hơn', '>'],
  ['nhỏ hơn', '<'],
  ['thấp hơn', '<'],
  ['xấp xỉ', '~'],
  ['khoảng', '~'],
  ['gần', '~'],
  ['hơn', '>'],
  ['trên', '>'],
  ['dưới', '<'],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
];

/**
 * Comparator words after a figure: "tăng trưởng GDP đạt 8% trở lên", "tỷ lệ nợ xấu 3% trở xuống",
 * "từ 20% trở lên". The figure is the bound, inclusive.
 */
export const COMPARATOR_WORDS_AFTER: [string, Comparator][] = [
  ['trở lên', '>='],
  ['trở xuống', '<='],
];

/**
 * Words between a comparator and its figure: "tối thiểu mức 70%", "Tối thiểu có 5 doanh nghiệp",
 * "tối đa bằng 60%", "ít nhất là 30%", "hướng tới tối thiểu đạt 25%". Any comparator takes "mức";
 * the others only follow a comparator of two words or an approximation ("khoảng là"), not "trên"
 * or "hơn" ("hơn là" is "rather than").
 */
export const COMPARATOR_LINKS: string[] = ['mức', 'có', 'là', 'bằng', 'đạt'];
/** "ít nhất phải đạt 90%", "tối thiểu cần đạt 50%": a modal between the comparator and its link. */
export const COMPARATOR_LINK_MODALS: string[] = ['phải', 'cần'];

/**
 * Words between two figures after "từ": a change from a level to another ("tăng từ 60% lên 80%",
 * "giảm từ 8,6% xuống còn 5,2%"), whose first figure is where the metric starts, not a target; or
 * the two ends of a range ("từ 25% đến 45%").
 */
export const CHANGE_TO_WORDS: string[] = ['lên', 'lên đến', 'lên tới', 'lên mức', 'xuống', 'xuống còn', 'xuống mức', 'xuống bằng', 'lên bằng', 'còn'];
export const RANGE_TO_WORDS: string[] = ['đến', 'tới'];

/**
 * Words before a year or period that compare with it ("giảm 10% so với năm 2024", "so với giai đoạn
 * 2021 - 2025", "cùng kỳ năm 2023"): the base of a change, not the target's year.
 */
export const COMPARED_BEFORE: string[] = ['so với', 'so sánh với', 'cùng kỳ', 'so'];
/** Parts of a year a comparison may name ("so với cuối năm 2023", "so với đầu năm"). */
export const PART_OF_YEAR_WORDS: string[] = ['cuối', 'đầu', 'giữa', 'hết'];

/**
 * Percentage points, a count's unit: "tăng 1,2 điểm phần trăm", "giảm 0,5 điểm %". A figure in
 * them is read after any word, and its metric is the words before it, as a percentage's is.
 */
export const PERCENTAGE_POINT_UNITS: string[] = ['điểm phần trăm', 'điểm %'];

/** Unit words that make a bare count a target ("1.500 DN số", "2.300 sản phẩm"), longest first. */
export const UNIT_WORDS: string[] = [
  'doanh nghiệp', 'DN', 'hợp tác xã', 'HTX', 'hộ gia đình', 'hộ', 'người', 'sản phẩm', 'dịch vụ', 'thủ tục',
  'tỷ đồng', 'triệu đồng', 'nghìn tỷ đồng', 'tỷ USD', 'triệu USD', 'km', 'xã', 'thôn', 'cơ sở', 'trạm', 'điểm',
  'chữ ký số', 'tài khoản', 'hồ sơ', 'học sinh', 'sinh viên', 'lao động', 'chuyên gia', 'nền tảng', 'cơ sở dữ liệu',
  'lượt', 'giao dịch', 'cán bộ', 'đảng viên', 'thành viên', 'dự án', 'ứng dụng', 'camera', 'thiết bị', 'mô hình',
  'cơ quan', 'phường', 'thị trấn', 'ha', 'tấn', ...PERCENTAGE_POINT_UNITS,
].sort((a, b) => b.length - a.length);

/**
 * A figure that states a change, not a level: "tỷ lệ che phủ rừng tăng 2%", "giảm 30% thời gian",
 * "tăng trung bình 10%/năm", "Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm". A change and a level of one
 * metric are two targets (VB401, VB402, VB404 compare like with like). "tăng lên 54%", "giảm
 * xuống còn 10%" state the level reached, as does "giảm … dưới 5%"; "tăng trưởng", "tăng cường",
 * "suy giảm" (khả năng lao động) and "giá trị gia tăng" are no change verbs.
 */
const CHANGE_VERB = String.raw`(?:cắt\s+)?(?<!suy\s+)giảm|(?<!giá\s+trị\s+gia\s+)tăng(?!\s+(?:trưởng|cường))|rút\s+ngắn|tiết\s+kiệm`;
const CHANGE_VERB_TAIL = ['thêm', 'được', 'ít nhất', 'tối thiểu', 'tối đa', 'khoảng', 'gần', 'xấp xỉ', 'trên', 'hơn', 'không quá', 'từ', 'bình quân', 'trung bình', 'hằng năm', 'hàng năm', 'mỗi năm'];
/** A change verb, and the words it may have, that end the words before a figure (or a registry metric: "… tăng trung bình hằng năm"). */
export const CHANGE_AT_END = new WordSearch(String.raw`(?:${CHANGE_VERB})(?:\s+(?:${CHANGE_VERB_TAIL.join('|').replace(/ /g, String.raw`\s+`)}))*\s*$`, 'iu');
/** A change verb that opens a metric: "Giảm tỷ lệ hộ nghèo …", "rút ngắn thời gian …". */
export const CHANGE_AT_START = new RegExp(String.raw`^(?:${CHANGE_VERB})(?![\p{L}\p{M}])`, 'iu');
/** "tăng mức đóng lên 5,1%", "giảm từ 5% xuống 4%", "giảm xuống còn khoảng 10%": the words before a figure that state the level reached. */
export const LEVEL_REACHED = new WordSearch(String.raw`(?:${CHANGE_TO_WORDS.join('|').replace(/ /g, String.raw`\s+`)})(?:\s+(?:${[...COMPARATOR_WORDS.map(([w]) => w), 'bằng'].join('|').replace(/ /g, String.raw`\s+`)}))*\s*$`, 'iu');
/** A rate of change: "tốc độ tăng năng suất lao động", "tỷ lệ tăng dân số", "mức giảm". */
const RATE_OF_CHANGE = new WordSearch(String.raw`(?:tốc\s+độ|t[ỷỉ]\s+lệ|mức)\s+(?:${CHANGE_VERB})`, 'iu');
/**
 * Whether a metric's wording names a change: it opens or ends with a change verb ("giảm thời gian
 * giải quyết …", "… tăng trung bình hằng năm") or names a rate of change ("tốc độ tăng năng suất
 * lao động hằng năm"). A verb inside a clause of the wording ("… và sẽ tiếp tục tăng") is not one.
 */
export const namesChange = (wording: string): boolean => CHANGE_AT_START.test(wording.trimStart()) || CHANGE_AT_END.test(wording) || RATE_OF_CHANGE.test(wording);

/** Words that multiply a unit ("57,3 triệu tài khoản"): the count keeps them in its unit, as "tỷ đồng" does. */
export const UNIT_MULTIPLIERS: string[] = ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'];

/**
 * Words a count of a unit word follows, besides the comparators: "có trên 1.500 DN", "đã tiếp nhận
 * 312.450 hồ sơ", "cắt giảm, đơn giản hóa 1.156 thủ tục". Whole phrases: "giảm" or "tăng thêm" before
 * a count state a change ("quỹ sẽ tăng thêm 14.563,9 tỷ đồng"), "cắt giảm" what was cut.
 */
export const COUNT_LEADS: string[] = [
  'có', 'đạt', 'mức', 'còn', 'với', 'tiếp nhận', 'công nhận', 'cắt giảm', 'đơn giản hóa', 'số hóa',
  'giải quyết', 'xử lý', 'hỗ trợ', 'đào tạo', 'tập huấn', 'bồi dưỡng', 'thu hút', 'thành lập', 'xây dựng',
  'triển khai', 'tích hợp', 'hoàn thành', 'kết nối', 'lắp đặt', 'phát triển', 'kích hoạt', 'cung cấp', 'cấp mới',
];

/**
 * A rank: the words before its number, and what is ranked after it. "thuộc nhóm 3 quốc gia dẫn đầu
 * Đông Nam Á", "top 50 nước", a place in a group "nằm trong nhóm 15 tỉnh dẫn đầu cả nước" (a goal of
 * that rank or better); "xếp thứ 21/63 tỉnh, thành phố", "đứng thứ 15" (a rank held). Lower case.
 */
export const RANK_GROUP_LEADS: string[] = ['nhóm', 'top'];
export const RANK_PLACE_LEADS: string[] = ['xếp thứ', 'đứng thứ', 'xếp hạng thứ'];
/** Who is ranked, after a group's number. Longest first. */
export const RANK_GROUP_NOUNS: string[] = [
  'nước', 'quốc gia', 'nền kinh tế', 'tỉnh, thành phố', 'tỉnh, thành', 'tỉnh, TP', 'tỉnh/thành phố', 'tỉnh', 'thành phố', 'địa phương', 'trường đại học', 'đại học', 'cơ sở giáo dục đại học',
].sort((a, b) => b.length - a.length);
/** The unit of a rank target. */
export const RANK_UNIT = 'hạng';

/**
 * A result set against its goal: "mới đạt 38%, thấp hơn mục tiêu 50%", "đạt 52,8%, so với kế hoạch
 * 50%". The nouns that name the goal, and the words that compare with it.
 */
export const GOAL_REFERENCE_NOUNS: string[] = ['mục tiêu', 'kế hoạch', 'chỉ tiêu'];
/**
 * Goal nouns whose next words name the metric ("mục tiêu tăng trưởng 8%"), and the words that,
 * after them, date or qualify the goal instead ("mục tiêu đến năm 2025", "chỉ tiêu cụ thể").
 */
export const GOAL_NOUNS_NAMING_METRIC: string[] = ['mục tiêu', 'chỉ tiêu'];
export const GOAL_NOUN_QUALIFIERS: string[] = ['đến', 'tới', 'năm', 'giai đoạn', 'là', 'đề ra', 'đặt ra', 'của', 'đã', 'này', 'đó', 'trên', 'chung', 'cụ thể', 'tổng quát', 'chủ yếu', 'phấn đấu', 'đạt', 'được', 'giao', 'nêu', 'tại', 'theo', 'trong', 'và', 'hoặc', 'như'];
export const COMPARISON_WORDS: string[] = ['thấp hơn', 'cao hơn', 'so với', 'vượt', 'chưa đạt', 'không đạt', 'bằng'];

/** Scopes a metric is often narrowed to; matched as whole words inside the metric phrase. */
export const SCOPES: string[] = [
  'cấp tỉnh', 'cấp huyện', 'cấp xã', 'cấp thôn', 'cấp trung ương', 'hộ gia đình', 'doanh nghiệp nhỏ và vừa',
].sort((a, b) => b.length - a.length);

/**
 * Nouns that follow a comma inside one enumeration ("các xã, phường, thị trấn", "cán bộ, công
 * chức, viên chức", "bệnh, tật bẩm sinh"): such a comma does not end a metric.
 */
export const ENUMERATION_NOUNS: string[] = [
  'phường', 'thị trấn', 'thị xã', 'quận', 'thôn', 'bản', 'làng', 'ấp', 'tổ dân phố', 'khu phố',
  'công chức', 'viên chức', 'người lao động', 'đơn vị', 'ngành', 'lĩnh vực', 'địa phương', 'tật', 'bồi dưỡng',
  // "11 doanh nghiệp, HTX, hộ kinh doanh xây dựng website"
  'HTX', 'hợp tác xã', 'hộ kinh doanh', 'doanh nghiệp',
].sort((a, b) => b.length - a.length);

/** Labels before a colon that open an enumeration and name no metric ("bao gồm: 05 thành viên …", "Ví dụ: 01 dự án"). */
export const ENUMERATION_LABELS = /(?:^|[ \t])(?:bao gồm|gồm|gồm có|như sau|cụ thể|trong đó|ví dụ|chẳng hạn)[ \t]*$/iu;

/** Words that open a clause after a comma, though short and closed by a comma like a list's item ("…, trong đó, …"). */
export const CLAUSE_OPENERS: string[] = ['trong đó', 'cụ thể', 'bao gồm', 'tức là', 'nghĩa là', 'như vậy', 'theo đó', 'ngoài ra', 'đồng thời', 'đặc biệt', 'nhất là', 'ví dụ'];

/** Abbreviations read as the words they stand for when metrics are compared. */
export const METRIC_ABBREVIATIONS: Record<string, string> = {
  dn: 'doanh nghiệp',
  htx: 'hợp tác xã',
  dvc: 'dịch vụ công',
  tthc: 'thủ tục hành chính',
  csdl: 'cơ sở dữ liệu',
  cđs: 'chuyển đổi số',
};

/** Nouns that name a share or rate: the metric is the phrase they head, before the figure. */
export const SHARE_NOUNS = new WordSearch(String.raw`tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|chỉ số|tốc độ|năng suất|mức độ|quy mô|số lượng`, 'iu');
/** Verbs between a metric and its figure ("kinh tế số chiếm 35%", "cáp quang phủ 80%"). */
export const METRIC_VERBS = [
  'ước đạt', 'mới đạt', 'đạt', 'chiếm', 'phủ', 'là', 'lên', 'tăng', 'giảm', 'bằng', 'ở mức',
  // what stands before a rank: the words before them name what is ranked
  'thuộc nhóm', 'nằm trong nhóm', 'vào nhóm', 'trong nhóm', 'thuộc top', 'vào top', 'trong top', ...RANK_PLACE_LEADS,
];
/**
 * Words before such a verb that make it part of a noun or of another verb: "giá trị gia tăng",
 * "mức tăng", "cắt giảm", "suy giảm": the metric is named before the figure, the words stay in it.
 */
export const METRIC_VERB_COMPOUND_BEFORE: Record<string, string[]> = { tăng: ['gia', 'mức'], giảm: ['cắt', 'suy', 'mức'], 'mới đạt': ['thôn', 'đổi'] };
/** Those of them that state a change: alone before the figure ("…, tăng 22% so với cùng kỳ"), they stay in the metric. */
export const METRIC_CHANGE_VERBS = ['tăng', 'giảm', 'lên'];
/** Words that may follow such a verb: "đạt được", "tăng lên đến", "giảm còn"… (one of them). */
export const METRIC_VERB_TAILS = ['được', 'tới', 'đến', 'khoảng', 'mức', 'còn'];
/**
 * Words that may stand before such a verb and are no words of the metric: "tỷ lệ hộ nghèo đã đạt",
 * "… chỉ đạt", "GDP năm 2024 ước tăng" (an estimate). Not "mới", as often the metric's own word
 * ("công việc mới", "nông thôn mới"): "mới đạt" is a verb of its own.
 */
export const METRIC_VERB_ADVERBS = ['đã', 'chỉ', 'vẫn', 'cũng', 'đều', 'sẽ', 'đang', 'phải', 'ước'];

/**
 * Cues, read in the clause before the figure. An achievement cue wins over a goal cue, but not "đã"
 * that sets or restates the goal ("đã đặt mục tiêu", "đã đề ra", "đã giao", "đã nêu"). "đến năm"
 * closing a period ("từ năm 1950 đến năm 2000") sets no goal, nor does "bảo đảm được" (ensured),
 * nor "mục tiêu" in a programme's name ("vốn các chương trình mục tiêu quốc gia … đạt 21,9%").
 * "ước đạt", "ước tăng": an estimate of a result, a result all the same (not "ước tính", often a projection).
 * "chỉ đạt", "mới chỉ", "mới đạt": a level reached, short of a goal; not "mới đạt" where "mới" ends a
 * noun ("nông thôn mới đạt", "đổi mới đạt", as METRIC_VERB_COMPOUND_BEFORE lists).
 */
export const ACHIEVEMENT_CUES = new WordSearch(String.raw`đã(?![ \t]+(?:đề ra|đặt|nêu|giao|xác định|ban hành|phê duyệt|thông qua))|đến nay|tính đến|hiện nay|hiện có|hiện đã|mới chỉ|(?<!(?:${METRIC_VERB_COMPOUND_BEFORE['mới đạt']!.join('|')})[ \t]+)mới đạt|chỉ đạt|vượt|đạt được|kết quả|thực hiện được|năm qua|ước[ \t]+(?:đạt|tăng|giảm|thực hiện|cả năm)`, 'iu');
/**
 * Words that open an aside stating where the figure before stands now or stood at another time:
 * "kinh tế số chiếm 20% GRDP (hiện mới đạt khoảng 8,1%)", "(đến nay đạt 62%)", "83,4% (tháng 3/2025
 * là 83,3%)", "90,5% (so với tháng 3 là 89,6%)", "27,7% (T4/2025: 26,08%)". The aside's figure is a
 * result of the metric before it, unless it states a change ("(so với năm 2023 tăng 5%)").
 */
export const ASIDE_OPENERS: string[] = ['hiện', 'hiện tại', 'đến nay', 'tới nay', 'tính đến', 'cùng kỳ', 'trước đây', 'so với', 'tháng', 'quý', 'kỳ trước', 'năm trước'];
/**
 * Words that date a reported result to the time of writing: "Đến nay, 95% hồ sơ …", "từ năm 2021
 * đến nay", "hiện nay", an aside "(hiện mới đạt 8,1%)". A year named before them is not the result's
 * year. After "so với" (group 1) they are the base of a comparison ("giảm 20% … so với hiện nay"), not the result's time.
 */
export const PRESENT_CUES = new WordSearch(String.raw`(so với[ \t]+)?(?:(?:đến|tới) nay|hiện nay|(?:đến|tới) thời điểm (?:này|hiện tại|báo cáo))|\([ \t]*hiện`, 'iu');
export const GOAL_CUES = new WordSearch(String.raw`phấn đấu|(?<!chương[ \t]+trình[ \t]+)mục tiêu|chỉ tiêu|đề ra|đặt ra|(?<!từ[ \t]+(?:năm[ \t]+)?\d{4}[ \t]+)(?:đến|tới) năm|định hướng|tầm nhìn|bảo đảm(?![ \t]+được)|sẽ`, 'iu');

/**
 * An obligation in the clause before the figure ("mức đầu tư ít nhất phải đạt 70%", "phải được trên
 * 50% tổng số thành viên … đồng ý"): what a legal text lays down, a provision; no goal. Not "bên
 * phải", "phía phải" (the right-hand side).
 */
export const OBLIGATION_CUES = new WordSearch(String.raw`(?<!(?:bên|phía)[ \t]+)phải`, 'iu');

/** Words in a heading that set goals for the items under it ("II- MỤC TIÊU", "1. Đến năm 2030", "Chỉ tiêu cụ thể"). */
export const HEADING_GOAL_CUES = new WordSearch(String.raw`mục tiêu|chỉ tiêu|phấn đấu|định hướng|tầm nhìn|(?:đến|tới) năm \d{4}`, 'iu');
/** Words in a heading that review goals rather than set them ("Tình hình thực hiện các chỉ tiêu", "Đánh giá kết quả"). */
export const REVIEW_CUES = new WordSearch(String.raw`tình hình|thực hiện|thực trạng|đánh giá|kết quả|sơ kết|tổng kết`, 'iu');

/** Words around a percentage that make it a rate, not a share of a whole: over 100% is normal. */
export const RATE_CUES = new WordSearch(String.raw`mức|tiền|lương|tải|doanh thu|chi phí|giá|vốn|lãi|định mức|dự toán|kế hoạch|so|cùng kỳ|giãn|công suất|hệ số`, 'iu');

/** A threshold set by a rule ("quỹ tối thiểu phải đạt 180%"): not a share stated as a fact. */
export const THRESHOLD_CUES = new WordSearch(String.raw`tối thiểu|tối đa|ít nhất|không thấp hơn|không quá|không vượt quá|không dưới`, 'iu');

/** Units of measure after a ratio: "140/90 mmHg", "380/220 V" are readings, not a part of a whole. */
export const MEASURE_AFTER = /^[ \t]*(?:mm|cm|m|km|kg|g|mmHg|V|Volt|kV|kVA|W|kW|Hz|A|mA|°C|vòng|lần)(?![\p{L}])/u;

/** Words before a percentage that make a figure over 100% possible (growth, not a share). */
export const GROWTH_CUES = /(?:tăng|tăng trưởng|gấp|so với|bằng|vượt|lên|tốc độ)(?![\p{L}])/iu;

/**
 * Conjunctions that open a new clause after a figure: the metric phrase ends before them
 * ("21.306 hộ nghèo nên việc tiếp cận…", "… hỗ trợ 1 người cao tuổi thì đến năm 2036…",
 * "50% vốn điều lệ nhưng không thấp hơn 20 tỷ đồng"). Lower case, longest first; the words that
 * also occur inside a noun phrase are narrowed by the lists below.
 */
export const CLAUSE_CONJUNCTIONS: string[] = [
  'tuy nhiên', 'tuy vậy', 'do đó', 'do vậy', 'vì vậy', 'vì thế', 'cho nên', 'bởi vậy', 'nhưng', 'thì', 'nên', 'song', 'mà',
].sort((a, b) => b.length - a.length);
/**
 * Conjunctions before a figure after which the figure's clause names its own subject ("… hỗ trợ 1
 * người cao tuổi thì đến năm 2036 là hơn 3 người"): the metric starts after the last of them. Not
 * "nhưng", "mà", "nên", whose clause goes on with the subject before ("Tiền lương … do hai bên thỏa
 * thuận nhưng ít nhất phải bằng 85%").
 */
export const SUBJECT_CLAUSE_CONJUNCTIONS: string[] = ['thì', 'do đó', 'do vậy', 'vì vậy', 'vì thế', 'cho nên', 'bởi vậy', 'tuy nhiên', 'tuy vậy'];
/**
 * "mà" opens a clause only before these ("… mà chưa có biện pháp điều tiết", "… mà chỉ thuê lại");
 * before a noun it opens a relative clause inside the metric ("số tiền mà người tham gia … đã trả",
 * "triệu đồng mà người nộp thuế nhận được").
 */
export const MA_CLAUSE_NEXT: string[] = ['chưa', 'không', 'vẫn', 'lại', 'chỉ', 'phải', 'còn'];
/** "song song", "song ngữ", "song phương": "song" inside a compound, not "but". */
export const SONG_COMPOUND_NEXT: string[] = ['song', 'ngữ', 'phương', 'hành', 'sinh', 'tịch', 'thân', 'toàn'];
/** Words before a conjunction that make it part of a compound: "trở nên" (become), "song song". */
export const CONJUNCTION_COMPOUND_BEFORE: Record<string, string[]> = { nên: ['trở'], song: ['song'] };

/** Words that end a metric phrase. */
export const METRIC_STOPS = /[;.:!?()\n]|,\s|\s(?:và|hoặc)\s+(?=(?:trên|dưới|khoảng|tối thiểu|ít nhất|đạt)?\s*\d)/u;

/**
 * What a share may be a share of, where the wording names it: national output (GDP) and a
 * province's (GRDP) are different bases, so "20% GDP" and "20% GRDP" are different metrics, and a
 * target of a share of GDP is not restated by a share that names no base ("70% kinh tế số").
 */
export const SHARE_BASES = ['gdp', 'grdp'];
/**
 * Qualifiers that make a metric another one: "xã đạt chuẩn nông thôn mới nâng cao" (or "… kiểu
 * mẫu") is a higher standard than "xã đạt chuẩn nông thôn mới", and "dịch vụ công trực tuyến toàn
 * trình" a part of "dịch vụ công trực tuyến". Matched as phrases: two wordings of which only one
 * names such a qualifier never measure the same thing.
 */
export const DISTINGUISHING_QUALIFIERS = ['nâng cao', 'kiểu mẫu', 'toàn trình'];

/** Words that carry no meaning for matching two wordings of a metric. */
export const METRIC_STOP_WORDS = new Set([
  'các', 'những', 'được', 'của', 'tại', 'trên', 'trong', 'và', 'với', 'cho', 'đối', 'có', 'đủ', 'theo', 'là',
  'tổng', 'tỷ', 'lệ', 'trọng', 'đạt', 'bảo', 'đảm', 'toàn', 'bộ', 'từ', 'đến', 'năm', 'một', 'cả', 'đều', 'thì',
  'so', 'cùng', 'kỳ', 'tăng', 'giảm', 'lên', 'mức', 'khoảng', 'ít', 'nhất', 'tối', 'thiểu', 'đa', 'dưới', 'hơn',
]);

/**
 * Words that name the document a plan carries out, right before its citation in the plan's title or
 * opening sentence ("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 13-NQ/TU", "Thực hiện Nghị quyết số
 * 13-NQ/TU …, Ủy ban nhân dân tỉnh ban hành Kế hoạch …"): the goals the plan sets restate that document's.
 */
export const CARRYING_OUT_WORDS: string[] = ['thực hiện', 'triển khai', 'triển khai thực hiện', 'tổ chức thực hiện', 'cụ thể hóa', 'cụ thể hoá'];

/**
 * Bodies named after the document they steer ("Trưởng Ban chỉ đạo Cải cách hành chính, Chuyển đổi
 * số và Đề án 06 tỉnh", "Tổ công tác triển khai Đề án 06"): a citation inside such a name owns no figure.
 */
export const BODIES_NAMED_AFTER_DOCUMENTS: string[] = ['Ban chỉ đạo', 'Tổ công tác', 'Ban điều hành', 'Tổ giúp việc'];
