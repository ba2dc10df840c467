// Normalization with an offset map: what recognition sees, and how its offsets map back.
import { describe, expect, it } from 'vitest';
import { foldKey, normalizeText } from '../../server/src/core/text/normalize';

describe('normalizeText', () => {
  it('leaves clean NFC text alone', () => {
    const n = normalizeText('Nghị quyết số 52-NQ/TW');
    expect(n.text).toBe('Nghị quyết số 52-NQ/TW');
    expect(n.toOriginal(5)).toBe(5);
  });

  it('composes NFD and maps every offset back', () => {
    const nfc = 'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng';
    const nfd = nfc.normalize('NFD');
    const n = normalizeText(nfd);
    expect(n.text).toBe(nfc);
    // each NFC character starts where its NFD sequence starts
    let o = 0;
    for (let i = 0; i <= nfc.length; i++) {
      expect(n.toOriginal(i)).toBe(o);
      if (i < nfc.length) o += nfc[i]!.normalize('NFD').length;
    }
  });

  it('maps look-alikes, dashes and spaces in place, drops Markdown escapes', () => {
    const src = 'QÐ\u2013TTg\u00a0số 12\\-NQ/TW \u0421\u0420';
    const n = normalizeText(src);
    expect(n.text).toBe('QĐ-TTg số 12-NQ/TW CP');
    const at = n.text.indexOf('-NQ');
    expect(src.slice(n.toOriginal(at), n.toOriginal(at + 3))).toBe('\\-NQ'.slice(1)); // after the dropped backslash
    expect(n.toOriginal(n.text.length)).toBe(src.length);
  });
});

describe('normalizeText: Markdown escapes of any ASCII punctuation (CommonMark)', () => {
  it('drops the backslash before "&", "%", "=", ":" (vnm_NQ57__bangoc.md writes "R\\&D")', () => {
    const src = 'nghiên cứu phát triển (R\\&D) đạt 2\\% GDP, a\\=b, Số\\: 12';
    const n = normalizeText(src);
    expect(n.text).toBe('nghiên cứu phát triển (R&D) đạt 2% GDP, a=b, Số: 12');
    expect(src.slice(n.toOriginal(n.text.indexOf('&D')), n.toOriginal(n.text.indexOf('D)') + 1))).toBe('&D');
    expect(n.toOriginal(n.text.length)).toBe(src.length);
  });
});

describe('normalizeText: look-alikes only, and a backslash that escapes nothing', () => {
  it('replaces every look-alike in place, offsets unchanged', () => {
    const src = 'Nghị\u00a0quyết số\u00a052\u2013NQ/TW; Nghị\u00a0định 15/2020/NÐ\u2014CP, C:\\path';
    const n = normalizeText(src);
    expect(n.text).toBe('Nghị quyết số 52-NQ/TW; Nghị định 15/2020/NĐ-CP, C:\\path');
    expect(n.text.length).toBe(src.length);
    for (const i of [0, 10, 30, src.length]) expect(n.toOriginal(i)).toBe(i);
  });
  it('still composes NFD that comes after the look-alikes', () => {
    const src = `Số\u00a052-NQ/TW, ${'ngày 27/9/2019 của Bộ Chính trị'.normalize('NFD')}`;
    const n = normalizeText(src);
    expect(n.text).toBe('Số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị');
    expect(src.slice(n.toOriginal(n.text.indexOf('Bộ')), n.toOriginal(n.text.length))).toBe('Bộ Chính trị'.normalize('NFD'));
  });
});

describe('foldKey', () => {
  it('ignores case, NFC/NFD and tone placement but keeps Đ', () => {
    expect(foldKey('Thanh Hoá')).toBe(foldKey('thanh hóa'));
    expect(foldKey('Ủy ban'.normalize('NFD'))).toBe(foldKey('Uỷ ban'));
    expect(foldKey('HĐ')).not.toBe(foldKey('HD'));
  });
});
