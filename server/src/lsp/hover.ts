// Hover: on a citation, what the registry knows of the document (or the candidates when several
// fit); on a target, the owner's target beside the text's; on a date, the date in full.
import type { Hover } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import type { Lang } from '../core/types';
import type { RegistryEntry } from '../core/registry/types';
import { bestMatch } from '../core/resolve/metrics';
import { describeFigure, viDate } from '../core/rules/rule';
import { contains } from './convert';

const WEEKDAYS = { vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'], en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] };
const STATUS: Record<string, { vi: string; en: string }> = {
  'in-force': { vi: 'còn hiệu lực', en: 'in force' },
  expired: { vi: 'hết hiệu lực', en: 'expired' },
  superseded: { vi: 'bị thay thế', en: 'superseded' },
  'partly-superseded': { vi: 'bị thay thế một phần', en: 'partly superseded' },
};
const L = {
  type: { vi: 'Loại', en: 'Type' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  date: { vi: 'Ngày ban hành', en: 'Signed' },
  status: { vi: 'Tình trạng', en: 'Status' },
  horizon: { vi: 'Mốc thời gian', en: 'Horizon' },
  targets: { vi: 'Chỉ tiêu', en: 'Targets' },
  from: { vi: 'Nguồn', en: 'From' },
  notFound: { vi: 'Không có trong danh mục.', en: 'Not in the registry.' },
  ambiguous: { vi: 'Nhiều văn bản phù hợp:', en: 'Several documents fit:' },
  thisText: { vi: 'Văn bản này', en: 'This text' },
};

export function hoverAt(a: Analysis, offset: number, lang: Lang): Hover | null {
  const i = a.citations.findIndex((c) => contains(c.span, offset));
  if (i >= 0) return { contents: { kind: 'markdown', value: citationCard(a, i, lang) } };
  const t = a.targets.find((x) => contains(x.span, offset));
  if (t) return { contents: { kind: 'markdown', value: targetCard(a, t, lang) } };
  const d = a.dates.find((x) => contains(x.span, offset));
  if (d?.iso && d.kind === 'day') {
    const wd = weekdayOf(d.iso, lang);
    const [y, m, dd] = d.iso.split('-');
    const text = lang === 'vi' ? `${wd}, ngày ${dd} tháng ${Number(m)} năm ${y}` : `${wd}, ${d.iso}`;
    return { contents: { kind: 'markdown', value: text } };
  }
  // "Chiều 11/6": the day, and the year the text around it gives, said to be read from there
  if (d?.iso && d.kind === 'dayMonth' && d.year > 0) {
    const iso = `${d.year}${d.iso.slice(1)}`; // --06-11 → 2021-06-11
    const wd = weekdayOf(iso, lang);
    const text = lang === 'vi' ? `${wd}, ngày ${d.day} tháng ${d.month} năm ${d.year} (năm theo văn bản, không ghi ở đây)` : `${wd}, ${iso} (the year from the text; not written here)`;
    return { contents: { kind: 'markdown', value: text } };
  }
  return null;
}

function weekdayOf(iso: string, lang: Lang): string {
  return WEEKDAYS[lang][new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

function entryCard(e: RegistryEntry, origin: string, lang: Lang): string {
  const rows: string[] = [`**${e.type ?? ''} ${e.symbol}**${e.title ? ` — ${e.title}` : ''}`, ''];
  if (e.issuer) rows.push(`${L.issuer[lang]}: ${e.issuer}`);
  if (e.date) rows.push(`${L.date[lang]}: ${viDate(e.date)}`);
  if (e.status) rows.push(`${L.status[lang]}: ${STATUS[e.status]?.[lang] ?? e.status}${e.supersededBy ? ` → ${e.supersededBy}` : ''}`);
  if (e.horizon) {
    const h = e.horizon;
    const parts = [h.from && h.until ? `${h.from}–${h.until}` : h.until ? `→ ${h.until}` : '', h.orientation ? `định hướng ${h.orientation}` : '', h.vision ? `tầm nhìn ${h.vision}` : ''].filter(Boolean);
    rows.push(`${L.horizon[lang]}: ${parts.join(', ')}`);
  }
  if (e.targets?.length) {
    rows.push('', `| ${L.targets[lang]} | | |`, '|---|---|---|');
    for (const t of e.targets) rows.push(`| ${t.metric}${t.scope ? ` (${t.scope})` : ''} | ${t.year} | ${describeFigure(t.comparator, t.value, t.unit)[lang]} |`);
  }
  if (e.source) rows.push('', `[${e.source}](${e.source})`);
  rows.push('', `_${L.from[lang]}: ${origin}_`);
  return rows.join('  \n').replace(/ {2}\n\|/g, '\n|').replace(/\| {2}\n/g, '|\n');
}

function citationCard(a: Analysis, i: number, lang: Lang): string {
  const r = a.resolutions[i]!;
  const c = a.citations[i]!;
  if (r.status === 'resolved') return entryCard(r.entry.entry, r.entry.origin, lang);
  if (r.status === 'ambiguous') return [L.ambiguous[lang], ...r.candidates.map((e) => `- ${e.entry.symbol} — ${e.entry.issuer ?? ''} ${e.entry.date ? viDate(e.entry.date) : ''}`)].join('\n');
  return `**${c.type ?? ''} ${c.symbol ?? c.text}**\n\n${L.notFound[lang]}`;
}

function targetCard(a: Analysis, t: Analysis['targets'][number], lang: Lang): string {
  const ours = describeFigure(t.comparator, t.value, t.unit)[lang];
  const owner = t.owner === null ? null : a.resolutions[t.owner]!;
  const entry = owner?.status === 'resolved' ? owner.entry.entry : null;
  const theirs = entry?.targets ? bestMatch(t, entry.targets) : null;
  const rows = [`**${t.metric}**${t.scope ? ` (${t.scope})` : ''} — ${t.year ?? ''}`, '', `| | |`, '|---|---|', `| ${L.thisText[lang]} | ${ours} |`];
  if (entry && theirs) rows.push(`| ${entry.symbol} | ${describeFigure(theirs.comparator, theirs.value, theirs.unit)[lang]} |`);
  return rows.join('\n');
}
