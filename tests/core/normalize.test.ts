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

describe('foldKey', () => {
  it('ignores case, NFC/NFD and tone placement but keeps Đ', () => {
    expect(foldKey('Thanh Hoá')).toBe(foldKey('thanh hóa'));
    expect(foldKey('Ủy ban'.normalize('NFD'))).toBe(foldKey('Uỷ ban'));
    expect(foldKey('HĐ')).not.toBe(foldKey('HD'));
  });
});
