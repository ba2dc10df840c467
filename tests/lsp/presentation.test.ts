// Inlay hints and semantic tokens, computed from an analysis (the server sends them as they are).
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/core/text/lines';
import { Registry, sourceOf } from '../../server/src/core/registry/registry';
import { hoverAt } from '../../server/src/lsp/hover';
import { inlayHintsOf } from '../../server/src/lsp/inlayHints';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, semanticTokensOf } from '../../server/src/lsp/semanticTokens';
import { analyzeText, builtinRegistry, seed } from '../helpers';
import { decodeSemanticTokens } from './client';

const registry = builtinRegistry();

describe('inlay hints', () => {
  it('give a bare symbol its date and short title, and say nothing the text already says', () => {
    const text = 'Quyết định số 749/QĐ-TTg phê duyệt; Quyết định số 749/QĐ-TTg ngày 03/6/2020; Nghị quyết số 99-NQ/TW.';
    const hints = inlayHintsOf(analyzeText(text, registry));
    expect(hints.map((h) => [text.slice(0, h.offset).split(';').length - 1, h.label])).toEqual([
      [0, ' (3/6/2020 · Phê duyệt Chương trình Chuyển đổi số quốc gia…)'],
      [1, ' (Phê duyệt Chương trình Chuyển đổi số quốc gia…)'],
    ]);
    expect(hints[0]!.offset).toBe(text.indexOf('749/QĐ-TTg') + '749/QĐ-TTg'.length);
    expect(hints[0]!.tooltip).toBe('Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030');
  });
  it('give a law cited by name its number', () => {
    const laws = new Registry([sourceOf('t.json', [{ symbol: '20/2023/QH15', type: 'Luật', title: 'Luật Giao dịch điện tử', date: '2023-06-22' }])]);
    const text = 'theo Luật Giao dịch điện tử, các bên';
    expect(inlayHintsOf(analyzeText(text, laws)).map((h) => h.label)).toEqual([' (20/2023/QH15 · 22/6/2023)']);
  });
});

/** The tokens back as [text, type, modifiers]. */
function decode(text: string, data: number[]): [string, string, string[]][] {
  return decodeSemanticTokens(text, data, { tokenTypes: SEMANTIC_TOKEN_TYPES, tokenModifiers: SEMANTIC_TOKEN_MODIFIERS }).map((t) => [t.text, t.type, t.modifiers]);
}

describe('semantic tokens', () => {
  it('mark type words, symbols and dates, one line each, superseded documents struck through', () => {
    const old = new Registry([sourceOf('t.json', [{ symbol: '13-NQ/TU', status: 'superseded', supersededBy: '14-NQ/TU' }])]);
    const text = 'Căn cứ Nghị quyết số 13-NQ/TU ngày 27/9/2021 và Nghị\nquyết số 52-NQ/TW, đến năm 2025.';
    expect(decode(text, semanticTokensOf(analyzeText(text, old), new LineIndex(text)))).toEqual([
      ['Nghị quyết', 'keyword', ['deprecated']],
      ['13-NQ/TU', 'string', ['deprecated']],
      ['27/9/2021', 'number', []],
      ['Nghị', 'keyword', []],
      ['quyết', 'keyword', []],
      ['52-NQ/TW', 'string', []],
      ['2025', 'number', []],
    ]);
  });
  it('cover every citation of a seed in order, with no overlap', () => {
    const text = seed('004_e0d6b72e0ffed4f2.txt');
    const a = analyzeText(text, registry);
    const tokens = decode(text, semanticTokensOf(a, new LineIndex(text)));
    const symbols = tokens.filter((t) => t[1] === 'string').map((t) => t[0]);
    expect(symbols).toEqual(a.citations.filter((c) => c.kind !== 'placeholder').map((c) => text.slice((c.kind === 'title' ? c.span : c.symbolSpan).start, (c.kind === 'title' ? c.span : c.symbolSpan).end)));
    expect(tokens.filter((t) => t[1] === 'number').length).toBe(a.dates.length);
  });
});

describe('hover on a day written without its year', () => {
  it('gives the day with the year the text around it names, and says where that year comes from', () => {
    const text = 'Cập nhật: 19:44 | 13/09/2021\n\nChiều 11/6, Ban Thường vụ Tỉnh ủy họp.';
    const a = analyzeText(text, registry);
    const at = text.indexOf('11/6');
    expect((hoverAt(a, at, 'vi')!.contents as { value: string }).value).toBe('thứ Sáu, ngày 11 tháng 6 năm 2021 (năm theo văn bản, không ghi ở đây)');
    expect((hoverAt(a, at, 'en')!.contents as { value: string }).value).toBe('Friday, 2021-06-11 (the year from the text; not written here)');
    // no year anywhere: no hover, rather than a guess
    expect(hoverAt(analyzeText('Chiều 11/6, tỉnh họp.', registry), 7, 'vi')).toBeNull();
  });
});
