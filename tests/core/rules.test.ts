// Each rule on made-up text: one case that must fire and one that must stay silent.
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/analyze';
import { Registry, sourceOf } from '../../server/src/core/registry/registry';
import type { RegistryEntry } from '../../server/src/core/registry/types';
import { analyzeText, brief, findingsOf } from '../helpers';

function registryOf(...entries: RegistryEntry[]): Registry {
  return new Registry([sourceOf('test.json', entries)]);
}

/** Findings as CODE@text; VB201 off except where a test turns it on (an empty registry knows nothing). */
function codes(text: string, registry?: Registry, jurisdiction: string | null = null): string[] {
  return brief(text, check(analyzeText(text, registry, jurisdiction), { severity: { VB201: 'off' } }));
}

describe('VB101 malformed symbol', () => {
  it('inserts its space where the text has its boundary, NFD letters keeping their marks', () => {
    const text = 'Nghị quyết số190/2025/QH15 và Quyết định số 749/QĐ-TTgngày 03/6/2020'.normalize('NFD');
    const fixed = findingsOf(text)
      .filter((f) => f.code === 'VB101')
      .flatMap((f) => f.fixes[0]!.edits)
      .sort((a, b) => b.span.start - a.span.start)
      .reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
    expect(fixed.normalize('NFC')).toBe('Nghị quyết số 190/2025/QH15 và Quyết định số 749/QĐ-TTg ngày 03/6/2020');
  });
  it('fires with a certain fix', () => {
    const text = 'Báo cáo số 342/BC STTTT ngày 7/12/2022';
    const [f] = findingsOf(text);
    expect(f!.code).toBe('VB101');
    expect(f!.fixes[0]).toMatchObject({ preferred: true, edits: [{ newText: '342/BC-STTTT' }] });
    expect(f!.message.vi).toContain('342/BC-STTTT');
    expect(f!.message.en).toContain('342/BC-STTTT');
  });
  it('inserts the hyphen left out between type and issuer, fixes the case, drops a doubled slash', () => {
    const text = 'Quyết định 588/QĐTTg ngày 28/4/2020, Luật số 56/2024/Qh15 và Nghị định số 64//2023/NĐ-CP';
    const fs = findingsOf(text).filter((f) => f.code === 'VB101');
    expect(fs.map((f) => f.fixes[0]!.edits[0]!.newText)).toEqual(['588/QĐ-TTg', '56/2024/QH15', '64/2023/NĐ-CP']);
    expect(fs.every((f) => f.fixes[0]!.preferred)).toBe(true);
    expect(codes('Quyết định 588/QĐ-TTg ngày 28/4/2020, Luật số 56/2024/QH15 và Nghị định số 64/2023/NĐ-CP')).toEqual([]);
  });
  it('is silent on a well-formed symbol', () => {
    expect(codes('Báo cáo số 342/BC-STTTT ngày 7/12/2022')).toEqual([]);
  });
});

describe('VB102 type word contradicts the symbol', () => {
  it('accepts the old State numbering for the types that had it, not for others', () => {
    expect(codes('Nghị định số 87-CP ngày 17/8/1994 và Chỉ thị số 90-TTg')).toEqual([]);
    expect(codes('Kế hoạch số 87-CP')).toEqual(['VB102@Kế hoạch']);
  });
  it('accepts a law or an ordinance with its 1980s promulgation order (LCT), not a decision', () => {
    expect(codes('Pháp lệnh số 10-LCT/HĐNN7 và Luật số 21-LCT/HĐNN8')).toEqual([]);
    expect(codes('Quyết định số 5-LCT/HĐNN8')).toEqual(['VB102@Quyết định']);
  });
  it('fires on Quyết định số 55/KH-UBND', () => {
    const text = 'Quyết định số 55/KH-UBND';
    const [f] = findingsOf(text);
    expect(brief(text, [f!])).toEqual(['VB102@Quyết định']);
    expect(f!.fixes[0]).toMatchObject({ preferred: false, edits: [{ newText: 'Kế hoạch' }] });
  });
  it('accepts Party Quy định as QĐi or QĐ, and laws by QH symbols', () => {
    expect(codes('Quy định số 08-QĐi/TW; Quy định số 205-QĐ/TW; Luật số 20/2023/QH15; Nghị quyết số 30/2021/QH15')).toEqual([]);
  });
  it('reads a công văn\'s head as its issuer when it spells a form\'s code [lit_cc038772d22e74d6.txt]', () => {
    expect(codes('(Phương án đề xuất cắt giảm, đơn giản hoá điều kiện kinh doanh theo Công văn số 518/PC-HC ngày 10/6/2025)')).toEqual([]);
    expect(codes('Công văn số 55/KH-UBND')).toEqual(['VB102@Công văn']);
  });
  it('fires on Thông tư for a Party Thông tri', () => {
    expect(codes('Thông tư số 05-TT/TW')).toEqual(['VB102@Thông tư']);
  });
  it('"Văn bản" names no type to contradict [lit_e6f99c969cea9fde.txt]', () => {
    const a = analyzeText('Bộ Tài chính đã có Văn bản số 475/TTr-BTC ngày 8/8/2025 và Văn bản số 55/KH-UBND');
    expect(a.citations.map((c) => c.type)).toEqual(['Tờ trình', 'Kế hoạch']);
    expect(check(a).filter((f) => f.code === 'VB102')).toEqual([]);
  });
});

describe('VB103 Party and State forms', () => {
  it('fires on 52/NQ-TW with the Party form as fix', () => {
    const [f] = findingsOf('Nghị quyết số 52/NQ-TW');
    expect(f!.code).toBe('VB103');
    expect(f!.fixes[0]!.edits[0]!.newText).toBe('52-NQ/TW');
  });
  it('fires on a Party symbol written the normative way, with a year, as on 52/NQ-TW: one class, one code [made up, after a probe]', () => {
    const [f] = findingsOf('Bộ Chính trị đã ban hành Kết luận số 14/2021/KL-TW ngày 22/9/2021');
    expect([f!.code, f!.severity, f!.fixes[0]!.edits[0]!.newText]).toEqual(['VB103', 'error', '14-KL/TW']);
  });
  it('fires on a Party number written as a State letter, with no type code: the type word gives it [probe: a Hải Dương news text]', () => {
    const a = analyzeText('Tỉnh ủy Hải Dương ban hành Nghị quyết 06/TU ngày 26/3/2021 về chuyển đổi số; Công văn số 123/TU của Tỉnh ủy; Công văn số 45/UBND-VX.');
    expect(a.citations.map((c) => [c.symbol, c.shape])).toEqual([['06-NQ/TU', 'party'], ['123-CV/TU', 'party'], ['45/UBND-VX', 'letter']]);
    expect(findingsOf('Tỉnh ủy Hải Dương ban hành Nghị quyết 06/TU ngày 26/3/2021').map((f) => [f.code, f.fixes[0]?.edits[0]!.newText])).toEqual([['VB103', '06-NQ/TU']]);
    // a State body's letter, or a number with no type word, stays as written
    expect(analyzeText('theo số 12/TU ngày 3/4/2021').citations.map((c) => c.symbol)).not.toContain('12-CV/TU');
  });
  it('fires on 749-QĐ/TTg with the State form as fix', () => {
    const [f] = findingsOf('Quyết định số 749-QĐ/TTg');
    expect(f!.code).toBe('VB103');
    expect(f!.fixes[0]!.edits[0]!.newText).toBe('749/QĐ-TTg');
  });
  it('fires on the Party code QĐi in a State symbol', () => {
    expect(codes('Quy định số 12/QĐi-UBND')).toEqual(['VB103@12/QĐi-UBND']);
  });
  it('fires on a State code in a Party symbol', () => {
    expect(codes('Quy định số 04-QyĐ/ĐU')).toEqual(['VB103@04-QyĐ/ĐU']);
  });
  it('the Party code CV in a State letter is a warning, as RULES.md §1.3 asks, unless the user sets the code [lit_3dab1f68182b29eb.txt]', () => {
    const text = 'công văn số 48/CV-BCĐTKNQ18 ngày 03/5/2025 của Ban Chỉ đạo thực hiện';
    const found = findingsOf(text).filter((f) => f.code === 'VB103');
    expect(found.map((f) => `${f.severity}@${text.slice(f.span.start, f.span.end)}`)).toEqual(['warning@48/CV-BCĐTKNQ18']);
    // the other forms keep the rule's severity, and a user's setting for VB103 wins over both
    expect(findingsOf('Nghị quyết số 52/NQ-TW').map((f) => f.severity)).toEqual(['error']);
    const set = check(analyzeText(text), { severity: { VB103: 'error', VB201: 'off' } });
    expect(set.filter((f) => f.code === 'VB103').map((f) => f.severity)).toEqual(['error']);
  });
  it('VB102 and VB103 are silent on a 1957 law numbered by its Sắc lệnh [vlc_Luat-quyen-lap-hoi-1957-102-SL-L-004-36792.txt]', () => {
    expect(codes('SẮC LỆNH\nLUẬT SỐ 102-SL/L-004 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN LẬP HỘI')).toEqual([]);
    expect(codes('LUẬT\nSỐ 101-SL/L.003 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN TỰ DO HỘI HỌP')).toEqual([]);
  });
  it('but SL is no Party code for other types, nor a Luật\'s code in a State symbol', () => {
    expect(codes('Quyết định số 12-SL/TW')).toEqual(['VB102@Quyết định', 'VB103@12-SL/TW']);
    expect(codes('Luật số 12/SL-UBND')).toEqual(['VB102@Luật']);
  });
});

describe('VB104 impossible dates', () => {
  it.each(['ngày 31/02/2022', 'ngày 29/02/2023', 'ngày 31 tháng 6 năm 2020', 'ngày 12/13/2020'])('%s', (text) => {
    expect(codes(text).map((c) => c.split('@')[0])).toEqual(['VB104']);
  });
  it('accepts 29/02/2024 (leap year)', () => {
    expect(codes('ngày 29/02/2024')).toEqual([]);
  });
});

describe('VB105 year in the symbol', () => {
  // [corpus: lit_cc038772d22e74d6.txt, p8_chinh_sach_dn__nghi-quyet-so-6616-2025]
  it('fires on a year mistyped with extra digits, once', () => {
    expect(codes('Quyết định số 26/20216/QĐ-TTg ngày 12/7/2016 và Nghị định số 129/202024/NĐ-CP')).toEqual(['VB105@26/20216/QĐ-TTg', 'VB105@129/202024/NĐ-CP']);
  });
  it('fires when the date contradicts the year', () => {
    expect(codes('Nghị định số 15/2020/NĐ-CP ngày 03/02/2019')).toEqual(['VB105@03/02/2019']);
  });
  it('fires when the year is outside the Quốc hội term', () => {
    expect(codes('Luật số 20/2023/QH14')).toEqual(['VB105@20/2023/QH14']);
  });
  it('is silent when they agree', () => {
    expect(codes('Nghị định số 15/2020/NĐ-CP ngày 03/02/2020; Luật số 20/2023/QH15')).toEqual([]);
  });
});

describe('VB106 mixed date styles', () => {
  it('reports the minority style with the majority rewrite', () => {
    const text = 'ngày 1/2/2020, ngày 3/4/2020, ngày 05-06-2020';
    const [f] = findingsOf(text);
    expect(brief(text, [f!])).toEqual(['VB106@05-06-2020']);
    expect(f!.severity).toBe('hint');
    expect(f!.fixes[0]!.edits[0]!.newText).toBe('05/06/2020');
  });
  it('is silent with one style', () => {
    expect(codes('ngày 1/2/2020, ngày 3/4/2020')).toEqual([]);
  });
});

const NQ13 = { symbol: '13-NQ/TU', type: 'Nghị quyết', issuer: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi', jurisdiction: 'Quảng Ngãi', date: '2023-09-06' };

describe('VB107 blank number in a draft', () => {
  it('reports the placeholder, and nothing else about it', () => {
    expect(codes('Căn cứ Nghị định số       /2026/NĐ-CP ngày     tháng     năm 2026 của Chính phủ;')).toEqual(['VB107@số       /2026/NĐ-CP']);
    // [corpus] p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt: partly blank, its last digits dots
    expect(codes('và Nghị quyết số 66…/2026/NQ-CP ngày   \ntháng    năm 2026 của Chính phủ')).toEqual(['VB107@66…/2026/NQ-CP']);
  });
});

describe('VB201 not in the registry', () => {
  it('names the closest known symbols', () => {
    const text = 'Nghị quyết số 31-NQ/TU ngày 6/9/2023';
    const f = check(analyzeText(text, registryOf(NQ13))).find((x) => x.code === 'VB201')!;
    expect(f.message.vi).toContain('13-NQ/TU');
    expect(f.fixes.map((x) => x.edits[0]!.newText)).toEqual(['13-NQ/TU']);
  });
  it('names no symbol that the citation\'s own date rules out', () => {
    // [corpus] p8_cong_doan__van-ban-hop-nhat-so-1549-vbhn-bldtbxh-41711.txt: 47/2016 is no slip for 27/2016 of 01/9/2016
    const tt27 = { symbol: '27/2016/TT-BLĐTBXH', type: 'Thông tư', issuer: 'Bộ Lao động - Thương binh và Xã hội', jurisdiction: 'Trung ương', date: '2016-09-01' };
    const vb201 = (text: string) => check(analyzeText(text, registryOf(tt27))).find((x) => x.code === 'VB201')!;
    const dated = vb201('2. Thông tư số 47/2016/TT-BLĐTBXH ngày 28 tháng 12 năm 2016 của Bộ trưởng');
    expect(dated.message.vi).not.toContain('Gần nhất');
    expect(dated.fixes).toEqual([]);
    // even of that date, another digit is another document: one issuer's documents of one day have
    // neighbouring numbers (Nghị định 123 and 126/2020/NĐ-CP), and a number next to a known one is
    // mostly a real document of its own (the corpus cites Nghị định 142/2025/NĐ-CP 209 times, the
    // built-in registry knows 146/2025/NĐ-CP); digits in another order, of the date, are a slip
    expect(vb201('Thông tư số 47/2016/TT-BLĐTBXH ngày 01/9/2016').fixes).toEqual([]);
    expect(vb201('Thông tư số 72/2016/TT-BLĐTBXH ngày 01/9/2016').fixes.map((x) => x.edits[0]!.newText)).toEqual(['27/2016/TT-BLĐTBXH']);
    expect(vb201('Thông tư số 72/2016/TT-BLĐTBXH').fixes).toEqual([]);
  });
  it('suggests a slip in the number only when a single one is possible', () => {
    const law = (n: number) => ({ symbol: `${n}/2024/QH15`, type: 'Luật', issuer: 'Quốc hội', jurisdiction: 'Trung ương', date: '2024-06-29' });
    const suggested = (r: Registry) => check(analyzeText('theo Luật số 123/2024/QH15 ngày 29/6/2024 sửa đổi', r)).find((x) => x.code === 'VB201')!.fixes.map((x) => x.edits[0]!.newText);
    expect(suggested(registryOf(law(132), law(213)))).toEqual([]);
    expect(suggested(registryOf(law(132)))).toEqual(['132/2024/QH15']);
  });
  it('suggests no document of another name, province or type, nor an undated one for a dated slip [made up, after a probe]', () => {
    const suggested = (text: string, ...entries: RegistryEntry[]) => check(analyzeText(text, registryOf(...entries))).find((x) => x.code === 'VB201')!.fixes.map((x) => x.edits[0]!.newText);
    const thue = { symbol: '38/2019/QH14', type: 'Luật', issuer: 'Quốc hội', jurisdiction: 'Trung ương', date: '2019-06-13', title: 'Luật Quản lý thuế' };
    // Luật Đầu tư công and Luật Quản lý thuế were passed the same day, numbers 39 and 38
    expect(suggested('Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13/6/2019;', thue)).toEqual([]);
    expect(suggested('Căn cứ Luật Quản lý thuế số 83/2019/QH14 ngày 13/6/2019;', thue)).toEqual(['38/2019/QH14']);
    // another province's plan; with no province named, only one of the cited date
    const tuyenQuang = { symbol: '55/KH-STTTT', type: 'Kế hoạch', issuer: 'Sở Thông tin và Truyền thông', jurisdiction: 'Tuyên Quang', date: '2022-04-12' };
    expect(suggested('UBND tỉnh Bình Định. Theo Kế hoạch số 55/KH-STTT ngày 12/4/2022', tuyenQuang)).toEqual([]);
    expect(suggested('UBND tỉnh Tuyên Quang. Theo Kế hoạch số 55/KH-STTT', tuyenQuang)).toEqual(['55/KH-STTTT']);
    expect(suggested('Theo Kế hoạch số 55/KH-STTT ngày 12/4/2022', tuyenQuang)).toEqual(['55/KH-STTTT']);
    expect(suggested('Theo Kế hoạch số 55/KH-STTT', tuyenQuang)).toEqual([]);
    // an undated entry confirms no dated slip; a Chỉ thị is no slip for a Nghị quyết
    const nq68 = { symbol: '68-NQ/TW', type: 'Nghị quyết', jurisdiction: 'Trung ương' };
    expect(suggested('Nghị quyết số 18-NQ/TW ngày 25/10/2017', nq68)).toEqual([]);
    expect(suggested('Chỉ thị số 68-CT/TW', nq68)).toEqual([]);
    // the same number with a slip in the issuer's code, of the same type, needs no date
    const tt08 = { symbol: '08/2017/TT-BLĐTBXH', type: 'Thông tư', issuer: 'Bộ Lao động - Thương binh và Xã hội', jurisdiction: 'Trung ương', date: '2017-03-10' };
    expect(suggested('Thông tư số 08/2017/TT-LĐTBXH', tt08)).toEqual(['08/2017/TT-BLĐTBXH']);
  });
  it('is silent for a known document', () => {
    expect(codes('Nghị quyết số 13-NQ/TU ngày 6/9/2023', registryOf(NQ13))).toEqual([]);
  });
  it('says when the registry knows the symbol only for another province', () => {
    const text = 'Tỉnh ủy Thanh Hóa: Nghị quyết số 13-NQ/TU';
    const f = check(analyzeText(text, registryOf(NQ13))).find((x) => x.code === 'VB201')!;
    expect(f.message.vi).toContain('Danh mục chỉ có 13-NQ/TU của Quảng Ngãi');
    expect(f.fixes).toEqual([]);
  });
});

describe('yearless State numbers restart every year', () => {
  it('126/NQ-CP of 2024 is not the registry\'s 126/NQ-CP of 2026 (VB201, not VB202)', () => {
    const reg = registryOf({ symbol: '126/NQ-CP', date: '2026-05-11' });
    const text = 'Tại Nghị quyết số 126/NQ-CP ngày 01/9/2024 của Chính phủ';
    expect(brief(text, check(analyzeText(text, reg))).map((c) => c.split('@')[0])).toEqual(['VB201']);
    expect(codes('Nghị quyết số 126/NQ-CP ngày 12/5/2026', reg)).toEqual(['VB202@12/5/2026']);
  });
  it('the entry\'s day and month with another year is the entry, its year mistyped (VB202, not VB201)', () => {
    const reg = registryOf({ symbol: '126/NQ-CP', date: '2026-05-11' });
    expect(codes('Nghị quyết số 126/NQ-CP ngày 11/5/2025', reg)).toEqual(['VB202@11/5/2025']);
  });
});

describe('VB202 date differs from the registry', () => {
  it('fires, keeping the text date style in the fix', () => {
    const text = 'Nghị quyết số 13-NQ/TU ngày 07/09/2023';
    const [f] = check(analyzeText(text, registryOf(NQ13)));
    expect(brief(text, [f!])).toEqual(['VB202@07/09/2023']);
    expect(f!.fixes[0]!.edits[0]!.newText).toBe('06/09/2023');
  });
  it.each([
    // one field padded: the author pads, the other field is padded too
    ['ngày 16/09/2023', '06/09/2023'],
    ['ngày 16-09-2023', '06-09-2023'],
    // a padded day and an unpadded month: the official rule, months 1 and 2 only ("ngày 05/10/2020")
    ['ngày 05/10/2023', '06/9/2023'],
    ['ngày 16 tháng 9 năm 2023', '6 tháng 9 năm 2023'],
    ['ngày 7/9/2023', '6/9/2023'],
  ])('the fix for "%s" is "%s"', (date, fixed) => {
    const [f] = check(analyzeText(`Nghị quyết số 13-NQ/TU ${date}`, registryOf(NQ13)));
    expect(f!.fixes[0]!.edits[0]!.newText).toBe(fixed);
  });
});

describe('VB203 issuer differs from the registry', () => {
  it('fires on another body, is silent on a loose name for the same one', () => {
    const reg = registryOf(NQ13);
    expect(codes('Nghị quyết số 13-NQ/TU ngày 6/9/2023 của Bộ Chính trị', reg)).toEqual(['VB203@Bộ Chính trị']);
    expect(codes('Nghị quyết số 13-NQ/TU ngày 6/9/2023 của Tỉnh ủy', reg)).toEqual([]);
  });
  it('keeps the province in the fix', () => {
    const [f] = check(analyzeText('Nghị quyết số 13-NQ/TU ngày 6/9/2023 của Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi về', registryOf(NQ13)));
    expect(f!.fixes[0]!.edits[0]!.newText).toBe('Ban Thường vụ Tỉnh ủy Quảng Ngãi');
  });
});

describe('VB204 superseded', () => {
  it('names the replacement', () => {
    const reg = registryOf({ symbol: '30/2020/NĐ-CP', status: 'superseded', supersededBy: '78/2025/NĐ-CP' });
    const [f] = check(analyzeText('Nghị định số 30/2020/NĐ-CP', reg));
    expect(f!.code).toBe('VB204');
    expect(f!.message.en).toContain('78/2025/NĐ-CP');
  });
});

describe('VB204 and the text\'s own date', () => {
  it('is silent when the text predates the replacement', () => {
    const reg = registryOf({ symbol: '34/2016/NĐ-CP', status: 'superseded', supersededBy: '78/2025/NĐ-CP' }, { symbol: '78/2025/NĐ-CP', date: '2025-04-01' });
    const text = 'Thanh Hóa, ngày 10 tháng 5 năm 2018\n\nCăn cứ Nghị định số 34/2016/NĐ-CP;';
    expect(codes(text, reg)).toEqual([]);
    expect(codes(text.replace('năm 2018', 'năm 2025').replace('tháng 5', 'tháng 6'), reg)).toEqual(['VB204@34/2016/NĐ-CP']);
  });
});

describe('VB205 ambiguous', () => {
  const reg = registryOf(NQ13, { ...NQ13, issuer: 'Ban Thường vụ Tỉnh ủy Thanh Hóa', jurisdiction: 'Thanh Hóa', date: '2023-05-02' });
  it('fires when nothing tells the candidates apart', () => {
    expect(codes('Nghị quyết số 13-NQ/TU', reg)).toEqual(['VB205@13-NQ/TU']);
  });
  it('is resolved by the jurisdiction or the year', () => {
    expect(codes('Nghị quyết số 13-NQ/TU', reg, 'Thanh Hóa')).toEqual([]);
    expect(codes('Nghị quyết số 13-NQ/TU ngày 6/9/2023', reg)).toEqual([]);
  });
});

describe('VB206 short form', () => {
  it('fires with nothing to refer to', () => {
    expect(codes('Nghị quyết số 13 đề ra mục tiêu')).toEqual(['VB206@Nghị quyết số 13']);
  });
  it('binds to an earlier full citation or a registry alias', () => {
    expect(codes('Nghị quyết số 13-NQ/TU ngày 6/9/2023 … Nghị quyết số 13 đề ra', registryOf(NQ13))).toEqual([]);
    expect(codes('Đề án 06', registryOf({ symbol: '06/QĐ-TTg', aliases: ['Đề án 06'] }))).toEqual([]);
  });
  it('names of programmes and options are not reported without "số"', () => {
    expect(codes('Chương trình 135; Dự án 7; Phương án 2')).toEqual([]);
    expect(codes('Chương trình số 135')).toEqual(['VB206@Chương trình số 135']);
  });
  it('does not bind to a later citation', () => {
    expect(codes('Nghị quyết số 13 … Nghị quyết số 13-NQ/TU')).toEqual(['VB206@Nghị quyết số 13']);
  });
  // real text: a footnote's mark touching the type word, a count of months or of articles
  it.each([
    ['lit_6666eaf3ddc0f657.txt', 'nội dung nêu trên của dự thảo Luật26. Đồng thời, Cơ quan chủ trì soạn thảo'],
    ['lit_f7107da31e6d4f4c.txt', 'Bộ Chính trị đã ban hành nhiều Nghị quyết1 \nvới nhiều quan điểm'],
    ['p8_chinh_sach_dn__thong-tu-so-26-2026-tt-bnnmt-469701.txt', '4 \nThẩm định Thông tư liên tịch7 \nvăn bản thẩm định'],
    ['p8_thue_tncn__van-ban-hop-nhat-so-10-vbhn-btc-469540.txt', 'Các Nghị quyết/Quyết định của Hội đồng quản trị (Báo cáo 6 \ntháng/năm)/Resolutions'],
    ['lit_07ae474827ad5469.txt', '3.2.1. Quy định 01 Điều về phân nhóm người nộp thuế'],
    ['lit_975b9877fccc4ee4.txt', '- Quy định 01 Điều mới về xử lý vi phạm trong hoạt động giám định tư pháp'],
    ['lit_07ae474827ad5469.txt', '3.2.4. Quy định 01 Chương riêng về hợp tác quốc tế về thuế'],
  ])('is silent on what is no short form [%s]', (_file, text) => {
    expect(codes(text)).toEqual([]);
  });
  it('still fires on a short form before its full citation, also before the next cell\'s heading [lit_cc038772d22e74d6.txt]', () => {
    expect(codes('theo Nghị quyết 190 \nĐiều 8. Trách nhiệm quản lý nhà nước')).toEqual(['VB206@Nghị quyết 190']);
    expect(codes('(10) Đẩy mạnh thực hiện Chỉ thị 18 chống thất thu thuế')).toEqual(['VB206@Chỉ thị 18']);
  });
});

describe('VB301 / VB302 consistency within the text', () => {
  it('VB301: two dates, the last one as reference when the registry is silent', () => {
    const text = 'Quyết định số 4216/QĐ-UBND ngày 05/10/2020 … Quyết định số 4216/QĐ-UBND ngày 06/10/2020';
    const [f] = findingsOf(text);
    expect(brief(text, [f!])).toEqual(['VB301@05/10/2020']);
    expect(f!.fixes[0]).toMatchObject({ preferred: false, edits: [{ newText: '06/10/2020' }] });
  });
  it('VB301 points to the three agreeing citations nearest the odd one, not to all of them', () => {
    const cite = (d: string) => `Quyết định số 4216/QĐ-UBND ngày ${d}.`;
    const text = [cite('06/10/2020'), cite('05/10/2020'), cite('06/10/2020'), cite('06/10/2020'), cite('06/10/2020'), cite('06/10/2020')].join('\n');
    const [f] = findingsOf(text).filter((x) => x.code === 'VB301');
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
    expect(lineOf(f!.span.start)).toBe(1);
    expect(f!.related!.map((r) => lineOf(r.span.start))).toEqual([0, 2, 3]);
  });
  it('VB301 takes as reference the date in its symbol\'s year, however often the other is cited [p8_cong_doan__thong-tu-so-04-2024-tt-bldtbxh-41844.txt]', () => {
    const text =
      'Căn cứ Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ quy định nội dung chỉ tiêu thống kê; … quy định tại Nghị định số 94/2022/NĐ-CP ngày 01/7/2016 của Chính phủ quy định nội dung chỉ tiêu thống kê … quy định tại Nghị định số 94/2022/NĐ-CP ngày 01/7/2016 của Chính phủ';
    const found = findingsOf(text).filter((f) => f.code === 'VB301');
    expect(brief(text, found)).toEqual(['VB301@01/7/2016', 'VB301@01/7/2016']);
    expect(found[0]!.fixes[0]).toMatchObject({ edits: [{ newText: '07/11/2022' }] });
    // without a year in the symbol, the most cited date still wins
    expect(codes('Quyết định số 4216/QĐ-UBND ngày 05/10/2020 … Quyết định số 4216/QĐ-UBND ngày 06/10/2020 … Quyết định số 4216/QĐ-UBND ngày 05/10/2020')).toEqual(['VB301@06/10/2020']);
  });
  it('VB302 takes as reference the body that signs with the symbol\'s issuer code [p8_bhxh__thong-tu-so-02-2025-tt-bldtbxh-43964.txt]', () => {
    const cell = 'theo Quyết \nđịnh số \n27/2018/QĐ-TTg \nngày \n06/7/2018 \ncủa Chính \nphủ) \n11xx \n';
    const text = `${cell}${cell}ngành kinh tế cấp 2 quy định tại Quyết định số 27/2018/QĐ-TTg ngày 06/7/2018 \ncủa Thủ tướng Chính phủ.`;
    expect(codes(text)).toEqual(['VB302@Chính \nphủ', 'VB302@Chính \nphủ']);
  });
  it('VB302: two issuers that are different bodies', () => {
    const text = 'Nghị quyết số 52-NQ/TW của Ban Chấp hành Trung ương … Nghị quyết số 52-NQ/TW của Bộ Chính trị';
    expect(codes(text)).toEqual(['VB302@Ban Chấp hành Trung ương']);
  });
  it('VB302 is silent on the co-issuers of a joint document, named in either order [p8_cong_doan__quyet-dinh-so-135-qd-bldtbxh-41357.txt]', () => {
    const text =
      'Thông tư liên tịch số 213/2013/TTLT-BTC-BLĐTBXH \nngày 30/12/2013 của Bộ Lao động - Thương binh và Xã \nhội và Bộ Tài chính hướng dẫn quản lý … ' +
      'bãi bỏ Thông \ntư liên tịch số 213/2013/TTLT/BTC-BLĐTBXH \nngày 30 tháng 12 năm 2013 của Bộ trưởng Bộ Tài \nchính, Bộ trưởng Bộ Lao động - Thương binh và Xã \nhội hướng dẫn';
    expect(codes(text).filter((c) => c.startsWith('VB302'))).toEqual([]);
  });
  it('VB302 still fires on a body that is none of a joint document\'s issuers', () => {
    const text = 'Thông tư liên tịch số 213/2013/TTLT-BTC-BLĐTBXH của Bộ Tài chính … Thông tư liên tịch số 213/2013/TTLT-BTC-BLĐTBXH của Bộ Y tế … Thông tư liên tịch số 213/2013/TTLT-BTC-BLĐTBXH của Bộ Tài chính';
    expect(codes(text)).toEqual(['VB302@Bộ Y tế']);
  });
  it('VB302 is silent on a loose name of the same body', () => {
    expect(codes('Nghị quyết số 111-NQ/TU của Tỉnh ủy … Nghị quyết số 111-NQ/TU của Ban Thường vụ Tỉnh ủy')).toEqual([]);
  });
});

describe('VB303 dated after the text or in the future', () => {
  it('fires after the heading date', () => {
    const text = 'Hà Nội, ngày 05 tháng 02 năm 2024\n\nCăn cứ Nghị định số 15/2024/NĐ-CP ngày 10/3/2024';
    expect(codes(text)).toEqual(['VB303@10/3/2024']);
  });
  it('reads the heading date in the right-hand column', () => {
    const text = 'Số: 3853/QĐ-UBND                Thanh Hóa, ngày 09 tháng 11 năm 2022\n\nCăn cứ Kế hoạch số 120/KH-UBND ngày 15/12/2022;';
    expect(codes(text)).toEqual(['VB303@15/12/2022']);
  });
  it('fires in the future', () => {
    expect(codes('Quyết định số 5/QĐ-UBND ngày 01/01/2030')).toEqual(['VB303@01/01/2030']);
  });
  it('reads the date a speech or a paper gives itself in parentheses under its title; not a date in parentheses within a line [made up, after a probe]', () => {
    const cited = '\n\nTheo Kế hoạch số 88/KH-UBND ngày 20/5/2024 của UBND tỉnh';
    expect(codes(`THAM LUẬN\n(Tại Hội thảo "Chuyển đổi số cấp cơ sở - Thực trạng và giải pháp", Hải Dương, ngày 15 tháng 3 năm 2024)${cited}`)).toEqual(['VB303@20/5/2024']);
    expect(codes(`BÀI PHÁT BIỂU\n(Hưng Yên, ngày 28 tháng 02 năm 2024)${cited}`)).toEqual(['VB303@20/5/2024']);
    // [corpus] p8_chinh_sach_dn__van-ban-hop-nhat-so-40-vbhn-bct-469651.txt: a licence's date in parentheses
    expect(codes(`(Cấp lại trên cơ sở Giấy phép số 01000010, ngày 10 tháng 10 năm 2013)${cited}`)).toEqual([]);
    expect(codes(`Hội thảo (tổ chức tại Hải Dương, ngày 15 tháng 3 năm 2024) đã thảo luận.${cited}`)).toEqual([]);
  });
});

describe('severity and suppression', () => {
  it('a severity can be changed or turned off', () => {
    const a = analyzeText('Báo cáo số 342/BC STTTT');
    expect(check(a, { severity: { VB101: 'error', VB201: 'off' } })[0]!.severity).toBe('error');
    expect(check(a, { severity: { VB101: 'off', VB201: 'off' } })).toEqual([]);
  });
  it('disable-next-line, disable/enable regions, in plain text and Markdown', () => {
    const text = [
      '<!-- vanban-disable-next-line VB101 -->',
      'Báo cáo số 342/BC STTTT',
      'Báo cáo số 343/BC STTTT',
      '<!-- vanban-disable VB101 -->',
      'Báo cáo số 344/BC STTTT',
      '<!-- vanban-enable VB101 -->',
      'Báo cáo số 345/BC STTTT',
      '<!-- vanban-disable-next-line VB206 -->',
      'Báo cáo số 346/BC STTTT',
    ].join('\n');
    expect(codes(text)).toEqual(['VB101@343/BC STTTT', 'VB101@345/BC STTTT', 'VB101@346/BC STTTT']);
  });
});
