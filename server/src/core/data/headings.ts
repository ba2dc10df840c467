// Words around a document named in an all-capitals heading, which tell its own number ("Số: …")
// from a document the heading cites ("CHƯƠNG TRÌNH HÀNH ĐỘNG … THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW").

/** What may stand before the type word on the line of a document's own number: "XÁC THỰC VĂN BẢN HỢP NHẤT Số: 462/VBHN-BLĐTBXH". Lower case. */
export const OWN_NUMBER_PREFIXES = ['xác thực'];

/**
 * Words that end a heading's line when the document on the next line is their object: "… ĐƯỢC PHÊ
 * DUYỆT TẠI \nQUYẾT ĐỊNH SỐ 1719/QĐ-TTg", "… VAY THEO \nQUYẾT ĐỊNH SỐ 23/2021/QĐ-TTg". Lower case.
 */
export const CITING_WORDS = ['theo', 'tại', 'bởi', 'thực hiện', 'của', 'và', 'về', 'với', 'căn cứ'];
