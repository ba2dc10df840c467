// Words around a document named in an all-capitals heading, which tell its own number ("Số: …")
// from a document the heading cites ("CHƯƠNG TRÌNH HÀNH ĐỘNG … THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW").

/** What may stand before the type word on the line of a document's own number: "XÁC THỰC VĂN BẢN HỢP NHẤT Số: 462/VBHN-BLĐTBXH". Lower case. */
export const OWN_NUMBER_PREFIXES = ['xác thực'];

/**
 * Labels of a document's own number in the record a legal database or portal shows with it ("| Số
 * hiệu | 60/KH-UBND |", "Số hiệu: 0155/KH-UBND"): the number is the document's, as after "Số:". Lower case.
 */
export const OWN_NUMBER_LABELS = ['số hiệu', 'số ký hiệu', 'số, ký hiệu', 'số/ký hiệu', 'ký hiệu'];

/**
 * Words that end a heading's line when the document on the next line is their object: "… ĐƯỢC PHÊ
 * DUYỆT TẠI \nQUYẾT ĐỊNH SỐ 1719/QĐ-TTg", "… VAY THEO \nQUYẾT ĐỊNH SỐ 23/2021/QĐ-TTg". Lower case.
 */
export const CITING_WORDS = ['theo', 'tại', 'bởi', 'thực hiện', 'của', 'và', 'về', 'với', 'căn cứ'];

/**
 * What the figures of a document are when no cue or heading says, by the type its own title line
 * names ("LUẬT CHUYỂN ĐỔI SỐ", "NGHỊ ĐỊNH", "BÁO CÁO", "DỰ THẢO 2 TỜ TRÌNH"), or the document an
 * appendix goes with ("Kèm theo Báo cáo số …"): a law's lay down provisions, a report's state
 * results. Longest first. Lower case.
 */
export const TITLE_FIGURE_KINDS: [string, 'provision' | 'achievement'][] = (
  [
    ['văn bản hợp nhất', 'provision'], ['bộ luật', 'provision'], ['luật', 'provision'], ['pháp lệnh', 'provision'],
    ['nghị định', 'provision'], ['thông tư liên tịch', 'provision'], ['thông tư', 'provision'], ['quy chế', 'provision'],
    ['quy định', 'provision'], ['báo cáo', 'achievement'], ['tờ trình', 'achievement'], ['thông báo', 'achievement'],
    // a draft law's articles set beside the law in force, and an assessment of a draft
    ['bảng so sánh', 'provision'], ['bản so sánh', 'provision'], ['bản đánh giá', 'achievement'],
  ] as [string, 'provision' | 'achievement'][]
).sort((a, b) => b[0].length - a[0].length);
