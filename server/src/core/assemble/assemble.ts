// Tokens → citations and dates: attach to each symbol its type word and "số", its date and its
// issuer; read short forms, law names and blank placeholders; note the writing defects found on
// the way. Works on the normalized text and maps every span back to the original.

import type { BreakdownMention, Citation, DateMention, IssuerMention, RatioMention, Span, TargetMention, WritingDefect } from '../types';
import { normalizedPiece, type NormalizedText } from '../text/normalize';
import { NORMATIVE_YEAR_SINCE, typeByWord, typesForCode, type DocumentType } from '../data/documentTypes';
import type { Token } from '../scan/scanner';
import { symbolOf, type ScannedSymbol } from '../scan/symbol';
import { atLineStart, isWhiteSpaceCode, issuerAfter, issuerBefore, leadBefore, skipGlue, type IssuerMatch, type Lead } from './context';
import { lowerCaseLawBefore, readTitle } from './title';
import { citedDate, DatesByPosition, type PlacedDate } from './datesAt';
import { readIndicatorTables } from './tables';
import { extractFigures } from './targets';
import { INCOMPLETE_SYMBOL_MESSAGE, MISSING_YEAR_MESSAGE, SYMBOL_DEFECT_MESSAGES, LEAD_DEFECT_MESSAGES } from './defects';
import { provinceName } from '../data/provinces';
import { PARTY_ISSUER_CODES } from '../data/issuers';
import { isLetter, namesPattern, WORD_START, WordSearch } from '../text/vietnamese';
import { IMPLEMENTING_WORDS } from '../data/lawNames';
import { hasBlankLine, isLineBreak, isLowerCaseLetter, isSpace, skipRunningHeader, wordEndingAt } from '../scan/chars';
import { CITING_WORDS, OWN_NUMBER_LABELS, OWN_NUMBER_PREFIXES } from '../data/headings';

export interface Assembled {
  citations: Citation[];
  dates: DateMention[];
  /** The text's own date: the "Hà Nội, ngày … tháng … năm …" line of its heading. */
  ownDate: DateMention | null;
  targets: TargetMention[];
  ratios: RatioMention[];
  breakdowns: BreakdownMention[];
}

export function assemble(original: string, norm: NormalizedText, tokens: Token[]): Assembled {
  const text = norm.text;
  const span = (start: number, end: number): Span => ({ start: norm.toOriginal(start), end: norm.toOriginal(end) });
  const slice = (s: Span) => original.slice(s.start, s.end);

  const dates: DateMention[] = [];
  const datesAt = new DatesByPosition();
  let ownDate: DateMention | null = null;
  for (const t of tokens) {
    if (t.kind !== 'date') continue;
    // the scanner's date becomes the mention, its spans moved to the original text: no copy per date
    const start = t.date.span.start;
    const end = t.date.span.end;
    const mention = t.date as DateMention;
    mention.span = span(start, end);
    mention.valueSpan = span(t.date.valueSpan.start, t.date.valueSpan.end);
    mention.text = slice(mention.span);
    dates.push(mention);
    datesAt.add({ mention, start, end });
    if (!ownDate && mention.style === 'long' && (isHeadingDateLine(text, start) || isDatedSubtitle(text, start, end))) ownDate = mention;
  }

  const citations: Citation[] = [];
  const consumed = new Set<number>(); // symbol token starts already part of a title citation

  const issuerMention = (m: IssuerMatch): IssuerMention => {
    const s = span(m.start, m.end);
    return { text: slice(s), span: s, name: m.body.name, id: m.body.id, place: m.place ? provinceName(m.place) : null };
  };

  /** Date right after `at` (", ngày 12/4/2022"), then issuer after that. */
  const trailing = (at: number) => {
    const glued = skipGlue(text, at);
    // "749/QĐ-TTgngày 03/6/2020": the date's "ngày" touches the symbol, so the date starts at its figures
    const d = datesAt.startingAt(glued) ?? (glued === at && text.slice(at, at + 4).toLowerCase() === 'ngày' ? datesAt.startingAt(skipGlue(text, at + 4)) : undefined);
    // a bare date on the next line is a table cell, not this citation's date; "ngày …" on the next
    // line is ("Quyết định số 1234/QĐ-BTC\nngày 05/10/2020", "Thông tư số 10/2022/TT-BLĐTBXH\nNgày 31
    // tháng 5 năm 2022 của Bộ trưởng …"), unless past a blank line or opening a sentence of its own
    // after a headline ("… Luật Giáo dục\nNgày 12/8/2025, Thường trực Ủy ban …")
    const sameLine =
      !hasLineBreak(text, at, glued) ||
      (text.slice(glued, glued + 4).toLowerCase() === 'ngày' && !hasBlankLine(text, at, glued) && !(d && opensSentence(text, d)));
    // after a comma only a day is the citation's (", ngày 12/4/2022"): ", năm 2026 tỉnh đã chi …" opens a clause
    const afterComma = text.slice(at, glued).includes(',');
    const date = (d && sameLine && (d.mention.kind === 'day' || (!afterComma && (d.mention.kind === 'year' || d.mention.kind === 'month'))) ? d : undefined) ?? issuedOn(at);
    const after = date ? date.end : at;
    const issuer = issuerAfter(text, after);
    // "53/2022/NĐ-CP của Chính phủ ngày 15/8/2022": the issuer first, then the date, which must
    // say "ngày" (a bare date there may be the next table cell); "… của Thủ tướng Chính phủ ban hành ngày 22-4-2022"
    if (!date && issuer) {
      const late = datesAt.startingAt(skipGlue(text, issuer.end)) ?? issuedOn(issuer.end);
      if (late && late.mention.kind === 'day' && text.slice(late.start, late.start + 4).toLowerCase() === 'ngày') return { date: late.mention, issuer };
    }
    return { date: date?.mention ?? null, issuer };
  };

  /** "57-NQ/TW được ban hành ngày 22.12.2024", "… ký ban hành vào ngày 03/6/2020": the day it was issued, said with its verb. */
  const issuedOn = (at: number): PlacedDate | undefined => {
    const verb = ISSUED_ON.exec(text.slice(at, at + ISSUED_ON_REACH));
    const d = verb ? datesAt.startingAt(at + verb[0].length) : undefined;
    return d?.mention.kind === 'day' ? d : undefined;
  };

  /** "ngày 27/9/2019, Ban Chấp hành Trung ương đã ban hành …": the date before the issuer. */
  const leadingDate = (issuerStart: number): DateMention | null => {
    let pos = issuerStart;
    while (pos > 0 && /[ \t,]/.test(text[pos - 1]!)) pos--;
    const d = datesAt.endingAt(pos);
    return d && d.mention.kind === 'day' ? d.mention : null;
  };

  const leadDefects = (lead: Lead | null, type: DocumentType | null, role: 'cite' | 'header'): WritingDefect[] => {
    const out: WritingDefect[] = [];
    if (!lead) return out;
    if (lead.typeWord && type) {
      const written = lead.typeWord.text;
      // "Nghị Quyết": capitals inside a type name (Phụ lục II). All capitals is a heading, not a defect.
      if (written !== type.name && written !== written.toUpperCase() && written.charAt(0) === type.name.charAt(0) && written.toLowerCase() === type.name.toLowerCase()) {
        const s = span(lead.typeWord.start, lead.typeWord.end);
        out.push({ kind: 'type-case', span: s, replacement: type.name, message: LEAD_DEFECT_MESSAGES['type-case'](written, type.name) });
      }
    }
    if (lead.typeWord && lead.gluedBefore) {
      const edit = spaceAt(lead.typeWord.start, span, original);
      let wordStart = lead.typeWord.start - 1;
      while (wordStart > 0 && /[\p{L}\p{M}]/u.test(text[wordStart - 1]!)) wordStart--;
      const shown = `${text.slice(wordStart, lead.typeWord.start)}${lead.typeWord.text}`;
      out.push({
        kind: 'joined',
        ...edit,
        message: LEAD_DEFECT_MESSAGES.glued(shown),
        fixTitle: { vi: 'Thêm khoảng trắng', en: 'Insert a space' },
      });
    }
    if (lead.so && lead.joined && lead.typeWord) {
      const s = span(lead.typeWord.start, lead.so.start + 2);
      out.push({ kind: 'joined', span: s, replacement: `${lead.typeWord.text} số`, message: LEAD_DEFECT_MESSAGES.joined(slice(s)) });
    }
    if (lead.so && lead.so.end - lead.so.start === 2) {
      // "số190/2025/QH15"
      const edit = spaceAt(lead.so.end, span, original);
      let numberEnd = lead.so.end;
      while (numberEnd < text.length && /\d/.test(text[numberEnd]!)) numberEnd++;
      out.push({
        kind: 'joined',
        ...edit,
        message: LEAD_DEFECT_MESSAGES['so-glued'](text.slice(lead.so.start, numberEnd)),
        fixTitle: { vi: 'Thêm khoảng trắng', en: 'Insert a space' },
      });
    }
    if (lead.so && lead.so.colon && role === 'cite') {
      const s = span(lead.so.start, lead.so.end);
      out.push({ kind: 'header-in-prose', span: s, replacement: 'số ', message: LEAD_DEFECT_MESSAGES['header-in-prose'](slice(s).trim()) });
    }
    return out;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'title') {
      const title = readTitle(text, t.start, datesAt);
      if (!title) continue;
      // the laws an amending law's name holds ("Luật sửa đổi, bổ sung … của Luật Đầu tư") are its words, no citations
      while (tokens[i + 1]?.kind === 'title' && tokens[i + 1]!.start < title.nameEnd) i++;
      let end = title.end;
      let symbol: ScannedSymbol | null = null;
      // "Luật Giao dịch điện tử số 20/2023/QH15"; a line may wrap before or after "số" ("Luật Bảo
      // hiểm xã hội số \n58/2014/QH13", "Luật Bảo hiểm y tế \nsố 25/2008/QH12", gazette texts)
      // a name that ends with "số" may lend it to the symbol: "Luật Chuyển đổi số 148/2025/QH15"
      const so = SO_AFTER_TITLE.exec(text.slice(title.nameEnd, title.nameEnd + 24)) ?? (/ số$/iu.test(title.name) ? /^[ \t]*(?:\r?\n[ \t]*)?/.exec(text.slice(title.nameEnd, title.nameEnd + 12)) : null);
      let next = tokens[i + 1];
      const across = so ? -1 : soAcrossHeader(text, title.nameEnd);
      // the header's own figures ("Số 483 + 484", the page's number) may be tokens before the symbol
      for (let j = i + 2; across >= 0 && next && next.start < across; j++) next = tokens[j];
      // "Luật Xây dựng 62/2020/QH14", "Luật Thanh tra 84/2025/QH15 ngày 25/6/2025": no "số", a blank
      // between; only a law's own shape of symbol (N/YYYY/QHk, no type code), so that a name never
      // takes a document of another type that follows it
      const blank = so || across >= 0 ? null : /^[ \t]+/.exec(text.slice(title.nameEnd, title.nameEnd + 8));
      const lawShaped = !!next && next.kind === 'symbol' && next.symbol.shape === 'normative' && !next.symbol.typeCode;
      const symbolAt = so ? title.nameEnd + so[0].length : across >= 0 ? across : blank && lawShaped ? title.nameEnd + blank[0].length : -1;
      if (next && next.kind === 'symbol' && next.start === symbolAt) {
        symbol = next.symbol;
        consumed.add(next.start);
        end = next.end;
      }
      const after = trailing(symbol ? symbol.end : title.nameEnd);
      // "Bộ Luật Dân sự": a Bộ luật with a capital inside its type name (Phụ lục II: "Bộ luật Hình sự"),
      // which the scanner saw as "Luật"; the citation starts at "Bộ" and the capital is a defect
      const code = bodyOfCode(text, t.start, title.keyword);
      const start = code ? code.start : t.start;
      const keyword = code ? code.written : title.keyword;
      const s = span(start, end);
      const type = typeByWord(code ? 'Bộ luật' : title.keyword) ?? null;
      const defects: WritingDefect[] = [];
      if (code && type) {
        const ts = span(start, start + keyword.length);
        defects.push({ kind: 'type-case', span: ts, replacement: type.name, message: LEAD_DEFECT_MESSAGES['type-case'](keyword, type.name) });
      }
      citations.push({
        kind: symbol ? 'full' : 'title',
        role: 'cite',
        text: slice(s),
        span: s,
        symbolSpan: symbol ? span(symbol.start, symbol.end) : span(start, title.nameEnd),
        typeWord: { text: keyword, span: span(start, start + keyword.length) },
        type: type?.name ?? title.keyword,
        symbol: symbol?.canonical ?? null,
        shape: symbol?.shape ?? null,
        number: symbol?.number ?? null,
        typeCode: symbol?.typeCode ?? null,
        issuerCode: symbol?.issuerCode ?? null,
        year: symbol?.year ?? title.year,
        title: code ? `${code.written.slice(0, code.written.length - title.keyword.length)}${title.name}` : title.name,
        date: title.date ?? after.date,
        issuer: after.issuer ? issuerMention(after.issuer) : null,
        defects: symbol ? symbolDefects(symbol, span, original, text, defects) : defects,
        writtenShape: symbol?.writtenShape ?? null,
      });
      continue;
    }

    if (t.kind === 'symbol') {
      if (consumed.has(t.start)) continue;
      const sym = t.symbol;
      let lead = leadBefore(text, t.start);
      // a law's symbol (no type code) takes what names a law before it though a line break or a
      // lower-case name stands between: "Luật \n69/2020/QH14", "Nghị quyết\n217/2025/QH15", "Luật giá số 16/2023/QH15"
      let law: ReturnType<typeof lowerCaseLawBefore> = null;
      if (!lead?.typeWord && !sym.typeCode && sym.shape === 'normative') {
        if (!lead) {
          const across = leadBefore(text, t.start, true);
          if (across?.typeWord && typeByWord(across.typeWord.text)?.legislative) lead = across;
        } else if (lead.so) {
          law = lowerCaseLawBefore(text, lead.so.start);
          if (law) lead = { ...lead, start: law.start, typeWord: { text: law.keyword, start: law.start, end: law.start + law.keyword.length } };
        }
      }
      // "43/CP" is a symbol only after a type word ("Công văn số 43/CP")
      if (sym.bare && !lead?.typeWord) continue;
      // "Mẫu số 02/PLII", "mẫu số 41/UQ-ĐKT", "Biểu số 01/BC": forms and tables, not documents
      if (lead?.so && !lead.typeWord && NOT_DOCUMENTS.test(text.slice(Math.max(0, lead.so.start - 12), lead.so.start))) continue;
      const header = isHeader(text, lead) || (!lead && isLabelledOwnNumber(text, t.start));
      const role = header ? 'header' : 'cite';
      const type = typeOf(lead, sym);
      const start = lead?.typeWord ? lead.typeWord.start : t.start;
      const after = trailing(sym.end);
      let issuer = after.issuer;
      let date = after.date;
      if (!issuer && role === 'cite') {
        const before = issuerBefore(text, lead ? lead.start : t.start);
        if (before) {
          issuer = before;
          date ??= leadingDate(before.start);
        }
      }
      const s = span(start, sym.end);
      const symbolSpan = span(sym.start, sym.end);
      let defects = symbolDefects(sym, span, original, text, leadDefects(lead, type, role));
      // "Nghị định số 45/NĐ-CP ngày 08/4/2020": the year the number lacks is the cited date's; its
      // repair ("136/ND – CP" → 136/2025/NĐ-CP) mends the rest of the symbol too
      const yearMissing = sym.yearMissing && !(date && date.year < NORMATIVE_YEAR_SINCE);
      const repaired = yearMissing && date ? symbolOf('normative', sym.number, sym.typeCode!, [sym.issuerCode!], date.year) : null;
      if (repaired) defects = defects.filter((d) => d.span.start !== symbolSpan.start || d.span.end !== symbolSpan.end);
      if (yearMissing) defects.push({ kind: 'missing-year', span: symbolSpan, replacement: repaired, message: MISSING_YEAR_MESSAGE(slice(symbolSpan), repaired) });
      // "Nghị quyết 06/TU", "Công văn số 123/TU": a Party body's number written as a State letter's,
      // with no type code: the Party symbol the type word makes (06-NQ/TU), written the State way (VB103)
      const partyCode = lead?.typeWord && sym.shape === 'letter' && sym.issuerCode && PARTY_ISSUER_CODES.has(sym.issuerCode) ? type?.party?.[0] : undefined;
      const asParty = partyCode ? symbolOf('party', sym.number, partyCode, [sym.issuerCode!]) : null;
      citations.push({
        kind: 'full',
        role,
        text: slice(s),
        span: s,
        symbolSpan,
        typeWord: lead?.typeWord ? { text: lead.typeWord.text, span: span(lead.typeWord.start, lead.typeWord.end) } : null,
        type: type?.name ?? null,
        symbol: repaired ?? asParty ?? sym.canonical,
        shape: repaired ? 'normative' : asParty ? 'party' : sym.shape,
        number: sym.number,
        typeCode: partyCode ?? sym.typeCode,
        issuerCode: sym.issuerCode,
        year: repaired ? date!.year : sym.year,
        title: law?.name ?? null,
        date,
        issuer: issuer ? issuerMention(issuer) : null,
        defects,
        writtenShape: asParty ? 'state' : sym.writtenShape,
      });
      continue;
    }

    if (t.kind === 'incomplete') {
      // "Nghị định số 104/2016 ngày 01/7/2016": a capitalised type word and "số" on the line before;
      // "Nghị định 52/2013" (lit_e85e670d19e4cf8f.txt): the type word alone, on the same line
      const lead = leadBefore(text, t.start);
      const tw = lead?.typeWord;
      if (!lead || !tw || tw.text[0] !== tw.text[0]!.toUpperCase() || tw.text === tw.text.toUpperCase()) continue;
      if (!lead.so && hasLineBreak(text, tw.end, t.start)) continue;
      const type = typeByWord(tw.text) ?? null;
      // the normative shape N/YYYY/… cut short: not a type that never carries a year ("Quy định số
      // 80/2019" is Indonesia's regulation, lit_29a49df826e64cf9.txt)
      if (!type?.normative) continue;
      const number = text.slice(t.start, t.numberEnd);
      // "(sau đây viết tắt là Thông tư liên tịch số 06/2018)" after 06/2018/TTLT-…: a short form
      const earlier = citations.some((c) => c.kind === 'full' && c.type === type?.name && c.year === t.year && Number(c.number) === Number(number));
      const sole = earlier ? undefined : type?.soleIssuer;
      const certain = sole && t.year >= sole.since ? sole : undefined;
      const canonical = certain ? symbolOf('normative', number, certain.code, [certain.issuer], t.year) : null;
      const after = trailing(t.end);
      const s = span(tw.start, t.end);
      const symbolSpan = span(t.start, t.end);
      const defects = leadDefects(lead, type, 'cite');
      if (!earlier) defects.push({ kind: 'incomplete', span: symbolSpan, replacement: canonical, message: INCOMPLETE_SYMBOL_MESSAGE(slice(symbolSpan), canonical) });
      citations.push({
        kind: canonical ? 'full' : 'short',
        role: 'cite',
        text: slice(s),
        span: s,
        symbolSpan,
        typeWord: { text: tw.text, span: span(tw.start, tw.end) },
        type: type?.name ?? null,
        symbol: canonical,
        shape: canonical ? 'normative' : null,
        number,
        typeCode: certain?.code ?? null,
        issuerCode: certain?.issuer ?? null,
        year: t.year,
        title: null,
        date: after.date,
        issuer: after.issuer ? issuerMention(after.issuer) : null,
        defects,
        writtenShape: null,
      });
      continue;
    }

    if (t.kind === 'number' || t.kind === 'placeholder') {
      const lead = leadBefore(text, t.start);
      if (!lead?.typeWord) continue;
      const type = typeByWord(lead.typeWord.text) ?? null;
      const numberText = text.slice(t.start, t.end);
      // a short form names its type ("Văn bản số 04" does not)
      if (t.kind === 'number' && (!type || !isShortForm(text, lead, t.start, t.end))) continue;
      const after = trailing(t.end);
      let issuer = after.issuer;
      let date = after.date;
      // "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57": the issuer before the verb, as for a full citation
      if (!issuer && t.kind === 'number') {
        const before = issuerBefore(text, lead.start);
        if (before) {
          issuer = before;
          date ??= leadingDate(before.start);
        }
      }
      const s = span(lead.typeWord.start, t.end);
      citations.push({
        kind: t.kind === 'number' ? 'short' : 'placeholder',
        role: 'cite',
        text: slice(s),
        span: s,
        symbolSpan: span(t.start, t.end),
        typeWord: { text: lead.typeWord.text, span: span(lead.typeWord.start, lead.typeWord.end) },
        type: type?.name ?? null,
        symbol: null,
        shape: null,
        number: t.kind === 'number' ? numberText : null,
        typeCode: null,
        issuerCode: null,
        year: null,
        title: null,
        date,
        issuer: issuer ? issuerMention(issuer) : null,
        defects: leadDefects(lead, type, 'cite'),
        writtenShape: null,
      });
    }
  }

  boundByCitingDocument(citations, original);
  return { citations, dates, ownDate, ...extractFigures(tokens, norm, span, original, readIndicatorTables(norm.text, span, original)) };
}

/** How far before a law's name the citation whose clause names it may end. */
const CITING_REACH = 400;
// a sentence or clause that ends between them: ". " before a capital, ";", a blank line
const CLAUSE_END = /[.;](?:\s|$)|\n[ \t]*\n/u;
const IMPLEMENTS = new WordSearch(namesPattern([...IMPLEMENTING_WORDS]), 'iu');

/**
 * Sets `passedBy` of each law named without date or year in the clause of the dated document
 * before it that implements or amends it ("Nghị định số 115/2015/NĐ-CP ngày 11 tháng 11 năm 2015 …
 * quy định chi tiết một số điều của Luật Bảo hiểm xã hội"); not of a law merely listed after
 * another ("Hiến pháp 2013 và Luật Cư trú").
 */
function boundByCitingDocument(citations: Citation[], original: string): void {
  for (let i = 1; i < citations.length; i++) {
    const c = citations[i]!;
    if (c.kind !== 'title' || c.date || c.year !== null) continue;
    const citing = citations[i - 1]!;
    if (citing.kind !== 'full') continue;
    const by = citedDate(citing);
    if (!by || c.span.start - citing.span.end > CITING_REACH) continue;
    const between = original.slice(citing.span.end, c.span.start);
    if (CLAUSE_END.test(between) || !IMPLEMENTS.test(normalizedPiece(between))) continue;
    c.passedBy = by;
  }
}

/**
 * "Bộ Luật Dân sự": "Bộ" and one blank before the keyword "Luật" at `at`, "Bộ" a word of its own: the
 * type word "Bộ luật" written with a capital inside, from its start. Null for any other keyword.
 */
function bodyOfCode(text: string, at: number, keyword: string): { start: number; written: string } | null {
  if (keyword !== 'Luật' || at < 3 || !text.startsWith('Bộ ', at - 3) || (at > 3 && isLetter(text.charCodeAt(at - 4)))) return null;
  return { start: at - 3, written: text.slice(at - 3, at + keyword.length) };
}

/**
 * "Luật Đấu thầu \n…CÔNG BÁO/Số 483 + 484/…\nsố 43/2013/QH13", "Luật … số \n…CÔNG BÁO…\n43/…": a
 * law's name and its symbol joined by "số" across a gazette's page break: where the symbol must
 * start, or -1. Char codes only, and nothing is done unless a line break follows.
 */
function soAcrossHeader(text: string, at: number): number {
  let p = at;
  while (isSpace(text.charCodeAt(p))) p++;
  if (isLineBreak(text.charCodeAt(p))) {
    const past = skipRunningHeader(text, p);
    if (past < 0 || !soAt(text, past)) return -1;
    p = past + 2;
    while (isSpace(text.charCodeAt(p))) p++;
    return p;
  }
  if (!soAt(text, p)) return -1;
  p += 2;
  while (isSpace(text.charCodeAt(p))) p++;
  return isLineBreak(text.charCodeAt(p)) ? skipRunningHeader(text, p) : -1;
}

/** "số" (lower case) as a whole word at `at`, a blank or a line break after it. */
function soAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 2);
  return text.charCodeAt(at) === 115 && text.charCodeAt(at + 1) === 0x1ed1 && (isSpace(c) || isLineBreak(c));
}

// not "điều": an article is "Điều 3", never "điều số …"; "Luật đê điều số 79/2006/QH11" is a law's name and its number
/** ", số " after a law's name, a line break allowed before and after "số": what joins the name to its symbol. */
// the verb of issuing between a citation (or its issuer) and its date
const ISSUED_ON = new RegExp(String.raw`^[ \t]*(?:đã[ \t]+)?(?:được[ \t]+)?(?:${namesPattern(['ký ban hành', 'ban hành', 'ký', 'thông qua'])})[ \t]+(?:vào[ \t]+)?(?=ngày)`, 'iu');
const ISSUED_ON_REACH = 40;
const SO_AFTER_TITLE = /^[ \t]*(?:\r?\n[ \t]*)?(?:,[ \t]*)?số[ \t]*(?:\r?\n[ \t]*)?/iu;
const NOT_DOCUMENTS = new RegExp(String.raw`${WORD_START}(?:mẫu|biểu|phụ lục|bảng|hình|trang|tờ|khoản|quyển|tập|dòng|mục|hộp|ô)[ \t]*$`, 'iu');
const NOT_A_SHORT_FORM_BEFORE = new RegExp(String.raw`${WORD_START}(?:tiểu|pháp|dự thảo|các|những)[ \t]*$`, 'iu');
// "Kế hoạch 5 năm", "Báo cáo 6 tháng", "Kế hoạch 90 ngày" are spans of time; "Nghị quyết số 57 ngày
// 22/12/2024", "Chỉ thị 05 ngày 15 tháng 5 năm 2016" a number and its date
const SHORT_FORM_AFTER = /^(?:[ \t]*(?:tháng|năm|ngày(?![ \t]+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|[ \t]+tháng[ \t]+\d))|%|:|,\d)|[-/.]\p{L})/iu;
// a count, not a number: "(Báo cáo 6 \ntháng/năm)" broken across table lines; "Quy định 01 Điều mới",
// "Quy định 01 Chương riêng" (the verb "quy định" and what it adds), but not the heading of the next
// cell ("theo Nghị quyết 190 \nĐiều 8. Trách nhiệm") nor a name ("Dự án 1 Chương trình mục tiêu")
// the first figures of a number left blank in a form: "Nghị quyết số 66…/2026/NQ-CP ngày   tháng" (the 66.x series)
const PARTLY_BLANK_AFTER = /^(?:…|\.{2,})+[ \t]*\//u;
const COUNTED_AFTER = /^(?:\s*(?:tháng|quý)(?![\p{L}\p{M}])|[ \t]*(?:[Đđ]iều|[Cc]hương(?![ \t]+trình)|[Mm]ục|[Pp]hần|khoản|điểm)[ \t]+\p{Ll})/u;

/**
 * "Nghị quyết số 13", "Nghị quyết 111", "Đề án 06", "nghị quyết số 190": a type word, capitalised
 * or followed by "số", and its number on one line. Not "Phương án 1:", "Báo cáo 6 tháng",
 * "pháp luật\n1.", "Tiểu dự án 2", a year.
 */
function isShortForm(text: string, lead: Lead, start: number, end: number): boolean {
  const tw = lead.typeWord!;
  // a lower-case type word names a document only with "số" ("theo nghị quyết số 190"; "kế hoạch 5 năm" is a span of time)
  if ((tw.text[0] !== tw.text[0]!.toUpperCase() && !lead.so) || tw.text === tw.text.toUpperCase()) return false;
  if (/\n/.test(text.slice(tw.end, start))) return false;
  // "dự thảo Luật26.", "Nghị quyết1", "Thông tư liên tịch10": a footnote's mark touching the word
  if (start === tw.end) return false;
  if (NOT_A_SHORT_FORM_BEFORE.test(text.slice(Math.max(0, tw.start - 10), tw.start))) return false;
  if (SHORT_FORM_AFTER.test(text.slice(end, end + 24)) || COUNTED_AFTER.test(text.slice(end, end + 24)) || PARTLY_BLANK_AFTER.test(text.slice(end, end + 12))) return false;
  const n = Number(text.slice(start, end));
  return !(n >= 1900 && n <= 2100 && end - start === 4);
}

/** "| Số hiệu | 60/KH-UBND |", "Số hiệu: 0155/KH-UBND": the symbol at `at` is labelled as the document's own number on its line. */
function isLabelledOwnNumber(text: string, at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && at - lineStart < LABEL_REACH) lineStart--;
  const label = text.slice(lineStart, at).replace(/[|:\t ]+/g, ' ').trim().toLowerCase();
  return OWN_NUMBER_LABELS.includes(label);
}
const LABEL_REACH = 40;

/** A document's own number: "Số: 12/2024/NĐ-CP", "Số 21-NQ/TU", "Luật số: 51/2024/QH15", at the head of a line. */
function isHeader(text: string, lead: Lead | null): boolean {
  if (!lead?.so) return false;
  if (!lead.typeWord) return /^S/.test(lead.so.text) && atLineStart(text, lead.start);
  // "Luật số: 51/2024/QH15", "XÁC THỰC VĂN BẢN HỢP NHẤT Số: 462/VBHN-BLĐTBXH"
  if (lead.so.colon && atLineStart(text, lead.typeWord.start)) return true;
  if (!/^S/.test(lead.so.text)) return false; // a heading writes "Số"; checked first, the line may be long
  // what stands before on its line must be all capitals ("XÁC THỰC VĂN BẢN HỢP NHẤT Số: …"): stop at
  // the first lower-case letter, so a long line of prose costs a few characters, not its length
  for (let i = lead.start; i < lead.so.start; i++) if (isLowerCaseLetter(text.charCodeAt(i))) return false;
  let lineStart = lead.start;
  for (let c = text.charCodeAt(lineStart - 1); lineStart > 0 && c !== 10; c = text.charCodeAt(--lineStart - 1)) {
    if (isLowerCaseLetter(c)) return false;
  }
  if (text.slice(lineStart, lead.so.start).trim() === '') return false;
  // a heading that names the document it carries out or amends cites it: the type word must open its
  // line ("LUẬT \nSỐ 18-L/CTN NGÀY 06/07/1993"), or follow only a declaring word ("XÁC THỰC"), and the
  // line before must not end with a word whose object it is ("… ĐƯỢC PHÊ DUYỆT TẠI \nQUYẾT ĐỊNH SỐ 1719/QĐ-TTg")
  const before = text.slice(lineStart, lead.typeWord.start).trim().toLowerCase();
  if (before !== '' && !OWN_NUMBER_PREFIXES.includes(before)) return false;
  if (before !== '') return true;
  let prevEnd = lineStart;
  while (prevEnd > 0 && isWhiteSpaceCode(text.charCodeAt(prevEnd - 1))) prevEnd--;
  return !CITING_WORDS.some((w) => wordEndingAt(text, prevEnd, w) >= 0);
}

function typeOf(lead: Lead | null, sym: ScannedSymbol): DocumentType | null {
  if (lead?.typeWord) {
    const t = typeByWord(lead.typeWord.text);
    if (t) return t;
  }
  if (sym.shape === 'letter') return typeByWord('Công văn') ?? null;
  if (!sym.typeCode) return null;
  const family = sym.shape === 'party' ? 'party' : sym.shape === 'normative' ? 'normative' : 'state';
  return typesForCode(family, sym.typeCode)[0] ?? typesForCode('state', sym.typeCode)[0] ?? null;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** "Ngày 12/8/2025, Thường trực …": a date written with a capital and followed by a comma opens a sentence. */
function opensSentence(text: string, d: PlacedDate): boolean {
  return text.charCodeAt(d.start) !== 110 /* n */ && /^[ \t]*,/.test(text.slice(d.end, d.end + 4));
}

/**
 * The two characters that touch at normalized offset `at` ("ố1", "gn"), and the same with a space
 * between: one exact edit. Split where the original text has its boundary, so that an NFD letter
 * keeps its marks.
 */
function spaceAt(at: number, span: (s: number, e: number) => Span, original: string): { span: Span; replacement: string } {
  const s = span(at - 1, at + 1);
  const mid = span(at, at).start;
  return { span: s, replacement: `${original.slice(s.start, mid)} ${original.slice(mid, s.end)}` };
}

/** Look-alike letters and dashes in a symbol as written, which normalization hid from the scanner. */
const WRITTEN_DEFECTS = /[\u00d0\u0189\u00f0\u0256\u0400-\u04ff\u2010-\u2015\u2212]/;

/** Adds the symbol's defects to `out` (the lead's, found first) and returns it. */
function symbolDefects(sym: ScannedSymbol, span: (s: number, e: number) => Span, original: string, text: string, out: WritingDefect[]): WritingDefect[] {
  if (sym.gluedAfter) {
    let wordEnd = sym.end;
    while (isLetter(text.charCodeAt(wordEnd))) wordEnd++;
    out.push({
      kind: 'glued-after',
      ...spaceAt(sym.end, span, original),
      message: LEAD_DEFECT_MESSAGES['glued-after'](text.slice(sym.start, wordEnd)),
      fixTitle: { vi: 'Thêm khoảng trắng', en: 'Insert a space' },
    });
  }
  const s = span(sym.start, sym.end);
  const written = original.slice(s.start, s.end);
  if (sym.defects.length === 0 && !WRITTEN_DEFECTS.test(written)) return out;
  const kinds = new Set<WritingDefect['kind']>(sym.defects);
  if (/[\u00d0\u0189\u00f0\u0256]/.test(written)) kinds.add('eth');
  if (/[\u0400-\u04ff]/.test(written)) kinds.add('lookalike');
  if (/[\u2010-\u2015\u2212]/.test(written)) kinds.add('dash');
  if (kinds.size === 0) return out;
  const canonical = sym.writtenShape ? null : sym.canonical;
  if (!canonical || written.replace(/\\(?=[-/])/g, '') === canonical) return out;
  const first = [...kinds][0]!;
  out.push({ kind: first, span: s, replacement: canonical, message: SYMBOL_DEFECT_MESSAGES(written, canonical, [...kinds]) });
  return out;
}

const HEADING_DATE_LOOKBACK = 80;

/** "Hà Nội, ngày 25 tháng 6 năm 2025": a place name and a comma before the date. */
function isHeadingDateLine(text: string, dateStart: number): boolean {
  // the pattern reaches at most ~50 characters back: a line that starts further back is cut there,
  // and a NUL put in front so that "^" cannot match at the cut
  let lineStart = dateStart;
  while (lineStart > 0 && dateStart - lineStart < HEADING_DATE_LOOKBACK && text[lineStart - 1] !== '\n') lineStart--;
  const cut = lineStart > 0 && text[lineStart - 1] !== '\n';
  const head = (cut ? '\u0000' : '') + text.slice(lineStart, dateStart);
  // alone on its line, or in the right-hand column of a heading ("Số: 12/QĐ-UBND      Thanh Hóa, ngày …")
  return HEADING_DATE_LINE.test(head);
}

// "Hà Nội, " before a text's own date: a place name and a comma
const PLACE_BEFORE_DATE = String.raw`\p{Lu}[\p{L}\p{M} .'-]{1,40},\s*$`;
const HEADING_DATE_LINE = new RegExp(String.raw`(?:^[\s*_]*|[ \t]{2,}|\t)${PLACE_BEFORE_DATE}`, 'u');
const DATED_SUBTITLE = new RegExp(String.raw`^[ \t*_]*\((?:[^()\n]*,)?[ \t]*${PLACE_BEFORE_DATE}`, 'u');

const SUBTITLE_REACH = 400;
/**
 * "(Tham luận tại Hội thảo "…", Hải Dương, ngày 15 tháng 3 năm 2024)", "(Hưng Yên, ngày 28 tháng 02
 * năm 2025)": a speech, a conference paper or a press release dates itself in a line in parentheses
 * under its title, the place and the date closing it.
 */
function isDatedSubtitle(text: string, dateStart: number, dateEnd: number): boolean {
  let after = dateEnd;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (text[after] !== ')') return false;
  after++;
  while (text[after] === ' ' || text[after] === '\t' || text[after] === '*' || text[after] === '_') after++;
  if (after < text.length && text[after] !== '\n' && text[after] !== '\r') return false;
  let lineStart = dateStart;
  while (lineStart > 0 && dateStart - lineStart < SUBTITLE_REACH && text[lineStart - 1] !== '\n') lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  const head = text.slice(lineStart, dateStart);
  return DATED_SUBTITLE.test(head);
}
