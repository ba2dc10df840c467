// Issuing bodies as they are named in running text, and issuer codes as they appear in symbols
// (RULES.md §1.4, §3.5). Names are matched ignoring case, NFC/NFD and tone placement; a body that
// exists once per province ("UBND tỉnh") may be followed by the province's name, which is kept.

import { memoized } from '../memo';
import { foldKey } from '../text/normalize';

export interface IssuerBody {
  id: string;
  /** Canonical name, as the registry writes it. */
  name: string;
  aliases: string[];
  family: 'party' | 'state';
  /** Issuer codes this body signs with. */
  codes: string[];
  /** One per province or city: the name may be followed by a place name. */
  local?: boolean;
}

export const ISSUER_BODIES: IssuerBody[] = [
  { id: 'bct', name: 'Bộ Chính trị', aliases: ['BCT Trung ương'], family: 'party', codes: ['TW'] },
  {
    id: 'bchtw',
    name: 'Ban Chấp hành Trung ương',
    aliases: [
      'Ban Chấp hành Trung ương Đảng',
      'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
      'BCH Trung ương',
      'BCH Trung ương Đảng',
      'BCHTW',
      'BCH TW',
      'BCHTW ĐCS Việt Nam',
      'BCHTW Đảng',
      'Trung ương Đảng',
      'Hội nghị Trung ương',
    ],
    family: 'party',
    codes: ['TW'],
  },
  { id: 'bbt', name: 'Ban Bí thư', aliases: ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương'], family: 'party', codes: ['TW'] },
  { id: 'vptw', name: 'Văn phòng Trung ương Đảng', aliases: ['Văn phòng Trung ương'], family: 'party', codes: ['VPTW'] },
  { id: 'btctw', name: 'Ban Tổ chức Trung ương', aliases: [], family: 'party', codes: ['BTCTW'] },
  { id: 'btgtw', name: 'Ban Tuyên giáo Trung ương', aliases: ['Ban Tuyên giáo và Dân vận Trung ương'], family: 'party', codes: ['BTGTW', 'BTGDVTW'] },
  { id: 'ubkttw', name: 'Ủy ban Kiểm tra Trung ương', aliases: ['Uỷ ban Kiểm tra Trung ương'], family: 'party', codes: ['UBKTTW'] },
  { id: 'btv-tu', name: 'Ban Thường vụ Tỉnh ủy', aliases: ['Ban Thường vụ Thành ủy', 'BTV Tỉnh ủy', 'Thường vụ Tỉnh ủy', 'Ban Thường vụ tỉnh'], family: 'party', codes: ['TU'], local: true },
  {
    id: 'bch-dbt',
    name: 'Ban Chấp hành Đảng bộ tỉnh',
    aliases: ['BCH Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ thành phố', 'Ban Chấp hành Đảng bộ', 'Đảng bộ tỉnh'],
    family: 'party',
    codes: ['TU'],
    local: true,
  },
  { id: 'tu', name: 'Tỉnh ủy', aliases: ['Thành ủy'], family: 'party', codes: ['TU'], local: true },
  { id: 'hu', name: 'Huyện ủy', aliases: ['Ban Thường vụ Huyện ủy'], family: 'party', codes: ['HU'], local: true },
  { id: 'qh', name: 'Quốc hội', aliases: [], family: 'state', codes: ['QH'] },
  { id: 'ubtvqh', name: 'Ủy ban Thường vụ Quốc hội', aliases: ['UBTVQH'], family: 'state', codes: ['UBTVQH'] },
  { id: 'ctn', name: 'Chủ tịch nước', aliases: [], family: 'state', codes: ['CTN'] },
  { id: 'cp', name: 'Chính phủ', aliases: [], family: 'state', codes: ['CP'] },
  { id: 'ttg', name: 'Thủ tướng Chính phủ', aliases: ['Thủ tướng'], family: 'state', codes: ['TTg'] },
  { id: 'vpcp', name: 'Văn phòng Chính phủ', aliases: [], family: 'state', codes: ['VPCP'] },
  { id: 'ubqgcds', name: 'Ủy ban Quốc gia về chuyển đổi số', aliases: ['Ủy ban Quốc gia về Chuyển đổi số'], family: 'state', codes: ['UBQGCĐS'] },
  { id: 'ct-ubnd', name: 'Chủ tịch Ủy ban nhân dân tỉnh', aliases: ['Chủ tịch UBND tỉnh', 'Chủ tịch UBND thành phố', 'Chủ tịch Ủy ban nhân dân thành phố'], family: 'state', codes: ['UBND'], local: true },
  { id: 'ubnd', name: 'Ủy ban nhân dân tỉnh', aliases: ['UBND tỉnh', 'UBND thành phố', 'Ủy ban nhân dân thành phố', 'UBND'], family: 'state', codes: ['UBND'], local: true },
  { id: 'hdnd', name: 'Hội đồng nhân dân tỉnh', aliases: ['HĐND tỉnh', 'HĐND thành phố', 'Hội đồng nhân dân thành phố', 'HĐND'], family: 'state', codes: ['HĐND'], local: true },
  // the district and commune levels sign with the same codes as the province ("12/KH-UBND"): "của
  // UBND huyện Tư Nghĩa" names a district's committee, not the province's
  { id: 'ubnd-huyen', name: 'Ủy ban nhân dân huyện', aliases: ['UBND huyện', 'UBND quận', 'UBND thị xã', 'Ủy ban nhân dân quận', 'Ủy ban nhân dân thị xã'], family: 'state', codes: ['UBND'], local: true },
  { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã', aliases: ['UBND xã', 'UBND phường', 'UBND thị trấn', 'Ủy ban nhân dân phường', 'Ủy ban nhân dân thị trấn'], family: 'state', codes: ['UBND'], local: true },
  { id: 'hdnd-huyen', name: 'Hội đồng nhân dân huyện', aliases: ['HĐND huyện', 'HĐND quận', 'HĐND thị xã', 'Hội đồng nhân dân quận', 'Hội đồng nhân dân thị xã'], family: 'state', codes: ['HĐND'], local: true },
  { id: 'hdnd-xa', name: 'Hội đồng nhân dân xã', aliases: ['HĐND xã', 'HĐND phường', 'HĐND thị trấn', 'Hội đồng nhân dân phường', 'Hội đồng nhân dân thị trấn'], family: 'state', codes: ['HĐND'], local: true },
  { id: 'stttt', name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT'], family: 'state', codes: ['STTTT'], local: true },
  { id: 'sldtbxh', name: 'Sở Lao động - Thương binh và Xã hội', aliases: ['Sở LĐ-TB&XH'], family: 'state', codes: ['SLĐTBXH'], local: true },
  { id: 'btttt', name: 'Bộ Thông tin và Truyền thông', aliases: ['Bộ TT&TT'], family: 'state', codes: ['BTTTT'] },
  { id: 'btc', name: 'Bộ Tài chính', aliases: [], family: 'state', codes: ['BTC'] },
  { id: 'bnv', name: 'Bộ Nội vụ', aliases: [], family: 'state', codes: ['BNV'] },
  { id: 'btp', name: 'Bộ Tư pháp', aliases: [], family: 'state', codes: ['BTP'] },
  { id: 'byt', name: 'Bộ Y tế', aliases: [], family: 'state', codes: ['BYT'] },
  { id: 'bca', name: 'Bộ Công an', aliases: [], family: 'state', codes: ['BCA'] },
  { id: 'bqp', name: 'Bộ Quốc phòng', aliases: [], family: 'state', codes: ['BQP'] },
  { id: 'bkhcn', name: 'Bộ Khoa học và Công nghệ', aliases: ['Bộ KH&CN'], family: 'state', codes: ['BKHCN'] },
  { id: 'bkhdt', name: 'Bộ Kế hoạch và Đầu tư', aliases: ['Bộ KH&ĐT'], family: 'state', codes: ['BKHĐT'] },
  { id: 'bgddt', name: 'Bộ Giáo dục và Đào tạo', aliases: ['Bộ GD&ĐT'], family: 'state', codes: ['BGDĐT'] },
  { id: 'bldtbxh', name: 'Bộ Lao động - Thương binh và Xã hội', aliases: ['Bộ LĐ-TB&XH', 'Bộ Lao động, Thương binh và Xã hội'], family: 'state', codes: ['BLĐTBXH'] },
  { id: 'bcthuong', name: 'Bộ Công Thương', aliases: [], family: 'state', codes: ['BCT'] },
  { id: 'bnnptnt', name: 'Bộ Nông nghiệp và Phát triển nông thôn', aliases: ['Bộ NN&PTNT'], family: 'state', codes: ['BNNPTNT'] },
  { id: 'bnnmt', name: 'Bộ Nông nghiệp và Môi trường', aliases: [], family: 'state', codes: ['BNNMT'] },
  { id: 'btnmt', name: 'Bộ Tài nguyên và Môi trường', aliases: ['Bộ TN&MT'], family: 'state', codes: ['BTNMT'] },
  { id: 'bxd', name: 'Bộ Xây dựng', aliases: [], family: 'state', codes: ['BXD'] },
  { id: 'bgtvt', name: 'Bộ Giao thông vận tải', aliases: [], family: 'state', codes: ['BGTVT'] },
  { id: 'bvhttdl', name: 'Bộ Văn hóa, Thể thao và Du lịch', aliases: ['Bộ VHTT&DL'], family: 'state', codes: ['BVHTTDL'] },
  { id: 'bng', name: 'Bộ Ngoại giao', aliases: [], family: 'state', codes: ['BNG'] },
  { id: 'nhnn', name: 'Ngân hàng Nhà nước Việt Nam', aliases: ['Ngân hàng Nhà nước'], family: 'state', codes: ['NHNN'] },
  { id: 'ktnn', name: 'Kiểm toán nhà nước', aliases: [], family: 'state', codes: ['KTNN'] },
  { id: 'tandtc', name: 'Tòa án nhân dân tối cao', aliases: ['Toà án nhân dân tối cao'], family: 'state', codes: ['TANDTC'] },
  { id: 'vksndtc', name: 'Viện kiểm sát nhân dân tối cao', aliases: [], family: 'state', codes: ['VKSNDTC'] },
  { id: 'bhxh', name: 'Bảo hiểm xã hội Việt Nam', aliases: [], family: 'state', codes: ['BHXH'] },
  { id: 'ubdt', name: 'Ủy ban Dân tộc', aliases: ['Uỷ ban Dân tộc'], family: 'state', codes: ['UBDT'] },
  // the Quốc hội's council and committees, who sign the reports that review a bill ("Báo cáo thẩm
  // tra số 1006/BC-UBXH15"); the committees as merged in 2025 too
  { id: 'hddt', name: 'Hội đồng Dân tộc', aliases: [], family: 'state', codes: ['HĐDT'] },
  { id: 'ubpl', name: 'Ủy ban Pháp luật', aliases: [], family: 'state', codes: ['UBPL'] },
  { id: 'ubtp', name: 'Ủy ban Tư pháp', aliases: [], family: 'state', codes: ['UBTP'] },
  { id: 'ubpltp', name: 'Ủy ban Pháp luật và Tư pháp', aliases: [], family: 'state', codes: ['UBPLTP'] },
  { id: 'ubkt', name: 'Ủy ban Kinh tế', aliases: [], family: 'state', codes: ['UBKT'] },
  { id: 'ubtcns', name: 'Ủy ban Tài chính, Ngân sách', aliases: ['Ủy ban Tài chính - Ngân sách'], family: 'state', codes: ['UBTCNS'] },
  { id: 'ubkttc', name: 'Ủy ban Kinh tế và Tài chính', aliases: [], family: 'state', codes: ['UBKTTC'] },
  { id: 'ubqpan', name: 'Ủy ban Quốc phòng và An ninh', aliases: [], family: 'state', codes: ['UBQPAN'] },
  { id: 'ubqpandn', name: 'Ủy ban Quốc phòng, An ninh và Đối ngoại', aliases: [], family: 'state', codes: ['UBQPANĐN'] },
  { id: 'ubdn', name: 'Ủy ban Đối ngoại', aliases: [], family: 'state', codes: ['UBĐN'] },
  { id: 'ubvhgd', name: 'Ủy ban Văn hóa, Giáo dục', aliases: ['Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng'], family: 'state', codes: ['UBVHGD'] },
  { id: 'ubxh', name: 'Ủy ban Xã hội', aliases: ['Ủy ban Các vấn đề xã hội'], family: 'state', codes: ['UBXH'] },
  { id: 'ubvhxh', name: 'Ủy ban Văn hóa và Xã hội', aliases: [], family: 'state', codes: ['UBVHXH'] },
  { id: 'ubkhcnmt', name: 'Ủy ban Khoa học, Công nghệ và Môi trường', aliases: [], family: 'state', codes: ['UBKHCNMT'] },
  // the boards of a Hội đồng nhân dân, who review its draft resolutions ("Báo cáo thẩm tra số 112/BC-KTNS")
  { id: 'hdnd-ktns', name: 'Ban Kinh tế - Ngân sách', aliases: ['Ban Kinh tế - Ngân sách HĐND tỉnh', 'Ban Kinh tế và Ngân sách'], family: 'state', codes: ['KTNS', 'BKTNS'], local: true },
  { id: 'hdnd-pc', name: 'Ban Pháp chế', aliases: ['Ban Pháp chế HĐND tỉnh'], family: 'state', codes: ['PC', 'BPC'], local: true },
  { id: 'hdnd-vhxh', name: 'Ban Văn hóa - Xã hội', aliases: ['Ban Văn hóa - Xã hội HĐND tỉnh', 'Ban Văn hoá - Xã hội'], family: 'state', codes: ['VHXH', 'BVHXH'], local: true },
  { id: 'hdnd-dt', name: 'Ban Dân tộc', aliases: ['Ban Dân tộc HĐND tỉnh'], family: 'state', codes: ['DT', 'BDT'], local: true },
  { id: 'hdnd-dth', name: 'Ban Đô thị', aliases: ['Ban Đô thị HĐND thành phố'], family: 'state', codes: ['ĐT', 'BĐT'], local: true },
];

/**
 * Who signs for a body, named before it ("của Bộ trưởng Bộ Tài chính", "do Thủ trưởng cơ quan …"):
 * the citation's issuer is the body that follows.
 */
export const OFFICES = ['Bộ trưởng', 'Thủ trưởng', 'Chủ nhiệm', 'Tổng Giám đốc', 'Thống đốc', 'Tổng Kiểm toán', 'Giám đốc'];

/**
 * Words of a signature on behalf of a body ("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư đã ký
 * ban hành …", "T/M Ban Thường vụ Tỉnh ủy"): the body signed for issues the document, not the signer.
 */
export const ON_BEHALF_WORDS = ['thay mặt', 'T/M', 'TM.'];

/**
 * Adverbs between a body and its verb of issuing ("Chính phủ đã khẩn trương ban hành Nghị quyết
 * 03-NQ/CP", "UBND tỉnh vừa chính thức ban hành Kế hoạch …"): the body still issues what follows.
 */
export const ISSUING_ADVERBS = ['khẩn trương', 'kịp thời', 'chính thức', 'sớm', 'nhanh chóng', 'tiếp tục', 'lần lượt'];

/**
 * The session of a body that adopted a Party resolution, named before the body: "của Hội nghị lần
 * thứ sáu Ban Chấp hành Trung ương Đảng khoá XII" (the issuer is the Ban Chấp hành). A pattern: the
 * ordinal is a word or a figure ("lần thứ 6", "lần thứ mười hai").
 */
export const SESSION_BEFORE_ISSUER = String.raw`Hội\s+nghị(?:\s+lần\s+thứ(?:\s+[\p{L}\p{M}\d]+){1,2}?)?`;

/** Issuer codes of Party bodies (RULES.md §3.5). A State-shaped symbol with one of these is VB103. */
export const PARTY_ISSUER_CODES = new Set([
  'TW', 'TU', 'HU', 'QU', 'ThU', 'ĐU', 'ĐUK', 'CB', 'ĐH', 'VPTW', 'BTCTW', 'BTGTW', 'BTGDVTW', 'BNCTW', 'BĐNTW', 'BKTTW',
  'BDVTW', 'UBKTTW', 'BTCTU', 'BTGTU', 'BDVTU', 'VPTU', 'UBKTTU', 'ĐĐ', 'BCSĐ', 'QUTW', 'ĐUCA', 'ĐUQS', 'ĐUBP',
]);

/** Issuer codes that only State bodies use. A Party-shaped symbol with one of these is VB103. */
export const STATE_ISSUER_CODES = new Set([
  'CP', 'TTg', 'UBND', 'HĐND', 'VPCP', 'CTN', 'BTC', 'BNV', 'BTP', 'BYT', 'BCA', 'BQP', 'BKHCN', 'BKHĐT', 'BGDĐT',
  'BLĐTBXH', 'BNNPTNT', 'BNNMT', 'BTNMT', 'BXD', 'BGTVT', 'BVHTTDL', 'BNG', 'BTTTT', 'NHNN', 'KTNN', 'TANDTC',
  'VKSNDTC', 'BHXH', 'TCHQ', 'KBNN', 'STTTT', 'UBQGCĐS',
  // Thanh tra Chính phủ (Thông tư …/TT-TTCP, Công văn …/TTCP-…): a code that reads as TT + CP, so
  // "12/TTCP" must stay this body's letter and never be split into a Thông tư of the Chính phủ
  'TTCP',
]);

/**
 * State issuer codes followed by the number of the body's term: Quốc hội and its Ủy ban Thường vụ
 * (20/2023/QH15, 1656/NQ-UBTVQH15), and the Hội đồng Nhà nước of 1981–1992 (khóa VII, VIII), whose
 * chairman's orders promulgated laws and ordinances: 10-LCT/HĐNN7, 21-LCT/HĐNN8.
 */
export const TERM_ISSUER_CODES = new Set(['QH', 'UBTVQH', 'HĐNN']);

/** Is `code` (as the tables spell it) a State issuer's, with its term number if it takes one ("HĐNN8")? */
export function isStateIssuerCode(code: string): boolean {
  if (STATE_ISSUER_CODES.has(code)) return true;
  const term = /^(\D+)\d{1,2}$/u.exec(code);
  return !!term && TERM_ISSUER_CODES.has(term[1]!);
}

/**
 * Issuers of State documents numbered the old way, "N-ISSUER" with no type code: Nghị định số
 * 87-CP (1994), Quyết định số 206-CP (1979), Chỉ thị 90-TTg, 388-HĐBT. Read only after a type word.
 */
export const HISTORIC_STATE_ISSUER_CODES = new Set(['CP', 'TTg', 'HĐBT']);

/** Issuer codes as some texts write them, with the official code: "21-NQ/TƯ" for 21-NQ/TW. */
export const ISSUER_CODE_VARIANTS = new Map([['TƯ', 'TW']]);

/** Issuer codes written in mixed case on purpose, keyed by upper case. */
const ISSUER_CODE_SPELLING = new Map(['TTg', 'ThU'].map((code) => [code.toUpperCase(), code]));

export function issuerCodeSpelling(code: string): string {
  return ISSUER_CODE_SPELLING.get(code.toUpperCase()) ?? code.toUpperCase();
}

const bodyById = new Map(ISSUER_BODIES.map((b) => [b.id, b]));
export function issuerBody(id: string): IssuerBody | undefined {
  return bodyById.get(id);
}

/** Every name and alias with its body, longest first, for matching in text. */
export const ISSUER_NAMES: { name: string; body: IssuerBody }[] = ISSUER_BODIES.flatMap((body) =>
  [body.name, ...body.aliases].map((name) => ({ name, body })),
).sort((a, b) => b.name.length - a.name.length);

/**
 * Bodies that a loose name stands for: "Tỉnh ủy" is said of the Ban Thường vụ and the Ban Chấp
 * hành alike, "UBND tỉnh" of decisions its Chủ tịch signs. Two mentions agree when they name the
 * same body or one is the loose name of the other.
 */
const LOOSE_NAMES: Record<string, string[]> = {
  tu: ['btv-tu', 'bch-dbt'],
  ubnd: ['ct-ubnd'],
};

export function issuersAgree(a: string, b: string): boolean {
  return a === b || (LOOSE_NAMES[a]?.includes(b) ?? false) || (LOOSE_NAMES[b]?.includes(a) ?? false);
}

const byFoldedName = ISSUER_NAMES.map(({ name, body }) => ({ key: foldKey(name), body })).sort((x, y) => y.key.length - x.key.length);

const byExactName = new Map(byFoldedName.map((n) => [n.key, n.body]));

/** The body a name or alias denotes exactly ("BCHTW ĐCS Việt Nam" → Ban Chấp hành Trung ương). */
export function bodyNamed(name: string): IssuerBody | undefined {
  return byExactName.get(foldKey(name));
}

/** The body a full name starts with: "Ban Thường vụ Tỉnh ủy Quảng Ngãi" → Ban Thường vụ Tỉnh ủy. */
export function bodyForName(name: string): IssuerBody | undefined {
  return bodiesByName(name);
}

// a registry names the same few bodies over and over: each name is read once
const bodiesByName = memoized((name) => {
  const key = foldKey(name);
  return byFoldedName.find((n) => key === n.key || (key.startsWith(n.key) && key.charCodeAt(n.key.length) === 32))?.body;
});
