// The headers of an indicator table ("| TT | Chỉ tiêu | Đơn vị | Kế hoạch 2025 | Thực hiện 2025 |"):
// which column names the metric, which its unit, which hold values, and what a value column's
// header says of them (a goal, a result, a comparison of two others). Matched on the header cell
// folded (case, tone placement, NFC/NFD), whole.

/** The column that names each row's metric. "Chỉ tiêu 2025" is a value column: a header with a year is none of these. */
export const METRIC_COLUMN_HEADERS: string[] = [
  'chỉ tiêu', 'tên chỉ tiêu', 'các chỉ tiêu', 'chỉ tiêu chủ yếu', 'nhóm chỉ tiêu', 'nội dung', 'nội dung chỉ tiêu',
  'chỉ số', 'tên chỉ số', 'tiêu chí', 'tên tiêu chí', 'hạng mục',
];

/** The column of each row's unit ("%", "% GDP", "Doanh nghiệp"). "Đơn vị chủ trì" is an agency, not a unit. */
export const UNIT_COLUMN_HEADERS: string[] = ['đơn vị', 'đơn vị tính', 'đvt', 'đv tính', 'đv'];

/** Words that open a value column's header: the values are goals ("Kế hoạch 2025", "Mục tiêu đến năm 2030"). */
export const GOAL_COLUMN_WORDS: string[] = ['kế hoạch', 'kh', 'mục tiêu', 'chỉ tiêu', 'dự kiến', 'phấn đấu', 'định hướng', 'đến năm', 'tầm nhìn', 'giao'];

/** Words that open a value column's header: the values are results ("Thực hiện 2024", "Ước thực hiện năm 2025"). */
export const ACHIEVEMENT_COLUMN_WORDS: string[] = [
  'thực hiện', 'th', 'ước thực hiện', 'ước th', 'ước đạt', 'ước', 'đã đạt', 'đạt được', 'kết quả thực hiện', 'kết quả đạt được',
  'hiện trạng', 'thực trạng', 'hiện nay',
];

/** Words that open a value column's header without telling goal from result ("Kết quả", "Giá trị"): a section row or the heading over the table tells. */
export const VALUE_COLUMN_WORDS: string[] = ['kết quả', 'giá trị', 'mức', 'số liệu', 'năm', 'giai đoạn'];

/** Words anywhere in a header that make its column a comparison of two others ("So sánh (%)", "Tỷ lệ TH/KH"): no targets of its own. */
export const COMPARISON_COLUMN_WORDS: string[] = ['so sánh', 'so với', 'th/kh', 'tăng/giảm', 'tăng, giảm', 'tăng giảm', 'chênh lệch', 'tốc độ tăng'];
