// The five seed articles (real text, in seeds/) end to end with the built-in registry: the exact
// citations each must yield and the exact findings, no more and no fewer.
import { describe, expect, it } from 'vitest';
import { check, withRegistry } from '../../server/src/core/analyze';
import { analyzeText, brief, builtinRegistry, EMPTY, seed } from '../helpers';

const registry = builtinRegistry();

const expected: Record<string, { jurisdiction: string; citations: string[]; findings: string[] }> = {
  '000_a1f4c7e40e8ca17c.txt': {
    jurisdiction: 'Tuyên Quang',
    citations: ['52-NQ/TW', '749/QĐ-TTg', '749/QĐ-TTg', '48-NQ/TU', '55/KH-UBND', '52-NQ/TW', '48-NQ/TU', '55/KH-UBND', '342/BC-STTTT', '342/BC-STTTT'],
    findings: [
      'VB203@Ban Chấp hành Trung ương', // the registry: a Bộ Chính trị resolution
      'VB302@Ban Chấp hành Trung ương', // the same text also says "của Bộ Chính trị"
      'VB403@81,2', // 1.693/1.733 is 97,7%
      'VB106@12-4-2022', // ten dates written d/m/yyyy, this one d-m-yyyy
      'VB101@342/BC STTTT',
      'VB101@342/BC STTTT',
    ],
  },
  '001_cb33b17ca0b7b813.txt': {
    jurisdiction: 'Quảng Ngãi',
    citations: ['19-CT/TU', '13-NQ/TU', '13-NQ/TU', '13-NQ/TU'],
    findings: [],
  },
  '002_627955a7f9937946.txt': { jurisdiction: 'Bắc Giang', citations: ['111-NQ/TU', '111-NQ/TU'], findings: [] },
  '003_c3a33e57eb41d4a8.txt': {
    jurisdiction: 'Thái Bình',
    citations: ['02-NQ/TU', '02-NQ/TU', '02-NQ/TU', '571/QĐ-UBND', '06/QĐ-TTg'],
    findings: [],
  },
  '004_e0d6b72e0ffed4f2.txt': {
    jurisdiction: 'Thanh Hóa',
    citations: [
      '06-NQ/TU', '749/QĐ-TTg', '52-NQ/TW', '06-NQ/TU', '06-NQ/TU', '4216/QĐ-UBND', '3853/QĐ-UBND', '1829/QĐ-UBND',
      '17/QĐ-UBQGCĐS', '52-NQ/TW', '749/QĐ-TTg', '06-NQ/TU', '4216/QĐ-UBND', '3853/QĐ-UBND',
    ],
    findings: [
      'VB203@Ban Chấp hành Trung ương Đảng',
      'VB202@05/10/2020', // the decision's own header says 06/10/2020
      'VB301@05/10/2020', // the reference list says 06/10/2020
      'VB101@àQ', // "vàQuyết định"
      'VB101@Quyết địnhsố',
      'VB403@9.056/1.805', // a part larger than its whole
      'VB203@BCHTW ĐCS Việt Nam',
      'VB101@Nghị Quyết',
      'VB101@Số: ',
    ],
  },
};

describe('seeds end to end (real text)', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(name, () => {
      const text = seed(name);
      const a = analyzeText(text, registry);
      expect(a.jurisdiction).toBe(want.jurisdiction);
      const symbols = a.citations.map((c, i) => {
        const r = a.resolutions[i]!;
        return r.status === 'resolved' ? r.entry.entry.symbol : c.symbol;
      });
      expect(symbols).toEqual(want.citations);
      expect(a.resolutions.every((r) => r.status === 'resolved')).toBe(true);
      expect(brief(text, check(a))).toEqual(want.findings);
    });
  }

  it('004: VB301 points at the other date and offers it as the fix', () => {
    const text = seed('004_e0d6b72e0ffed4f2.txt');
    const f = check(analyzeText(text, registry)).find((x) => x.code === 'VB301')!;
    expect(f.symbol).toBe('4216/QĐ-UBND');
    expect(text.slice(f.related[0]!.span.start, f.related[0]!.span.end)).toBe('06/10/2020');
    expect(f.fixes[0]!.edits[0]!.newText).toBe('06/10/2020');
  });

  it('000: no finding on the URL-free count ratios and totals', () => {
    const text = seed('000_a1f4c7e40e8ca17c.txt');
    const findings = check(analyzeText(text, registry));
    for (const needle of ['1.693/1.733', '1.675/1.733', '1.784/1.870', '1.845', '10.217']) {
      const at = text.indexOf(needle);
      expect(findings.some((f) => f.span.start <= at && f.span.end >= at)).toBe(false);
    }
  });

  it('004: nothing found inside the URL', () => {
    const text = seed('004_e0d6b72e0ffed4f2.txt');
    const url = text.indexOf('https://thanhhoa.gov.vn');
    const a = analyzeText(text, registry);
    expect(a.citations.some((c) => c.span.start >= url && c.span.start < url + 120)).toBe(false);
    expect(a.dates.some((d) => d.span.start >= url && d.span.start < url + 120)).toBe(false);
  });

  it('the same findings whether the text is NFC or NFD, at the same places', () => {
    for (const name of Object.keys(expected)) {
      const nfc = seed(name);
      const nfd = nfc.normalize('NFD');
      const a = check(analyzeText(nfc, registry)).map((f) => `${f.code}@${nfc.slice(f.span.start, f.span.end).normalize('NFC')}`);
      const b = check(analyzeText(nfd, registry)).map((f) => `${f.code}@${nfd.slice(f.span.start, f.span.end).normalize('NFC')}`);
      expect(b).toEqual(a);
    }
  });

  it('re-resolved against another registry, the same analysis and findings as analysed with it', () => {
    for (const name of Object.keys(expected)) {
      const text = seed(name);
      const direct = analyzeText(text, registry);
      const moved = withRegistry(analyzeText(text, EMPTY), registry);
      expect(moved.resolutions).toEqual(direct.resolutions);
      expect(check(moved)).toEqual(check(direct));
      // and the first analysis knew nothing: the registry made the difference
      expect(analyzeText(text, EMPTY).resolutions.some((r) => r.status === 'resolved')).toBe(false);
    }
  });
});
