// Completion after a type word and "số", or inside a partial symbol: the registry entries of that
// type (and the text's jurisdiction) whose symbol starts with what is typed.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { typeByWord } from '../core/data/documentTypes';
import type { Registry } from '../core/registry/registry';
import { isNational } from '../core/registry/registry';
import { foldKey } from '../core/text/normalize';
import { viDate } from '../core/rules/rule';

const LEAD = /([\p{L}]+(?:\s+[\p{L}]+){0,3})\s+số\s*([\d/.\-\p{L}]*)$/u;
const MAX_ITEMS = 200;

export function complete(linePrefix: string, registry: Registry, jurisdiction: string | null, withDate: boolean): CompletionItem[] {
  const m = LEAD.exec(linePrefix);
  if (!m) return [];
  const words = m[1]!.split(/\s+/);
  let type = null;
  for (let n = Math.min(4, words.length); n >= 1 && !type; n--) type = typeByWord(words.slice(-n).join(' ')) ?? null;
  const typed = m[2]!.toUpperCase();
  const items: CompletionItem[] = [];
  // type, place and symbol are what the registry keeps at hand; the rest is read for the items shown
  for (const indexed of registry.entries()) {
    if (type && indexed.type && indexed.type !== type.name) continue;
    if (jurisdiction && !isNational(indexed) && foldKey(indexed.jurisdiction!) !== foldKey(jurisdiction)) continue;
    if (typed && !indexed.symbol.toUpperCase().startsWith(typed)) continue;
    const { entry } = indexed;
    const date = withDate && entry.date ? `, ngày ${viDate(entry.date)}` : '';
    items.push({
      label: entry.symbol,
      kind: CompletionItemKind.Reference,
      detail: [entry.issuer, entry.date && viDate(entry.date)].filter(Boolean).join(', '),
      documentation: entry.title,
      insertText: date ? `${entry.symbol}\${1:${date}}` : entry.symbol,
      insertTextFormat: date ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      filterText: entry.symbol,
    });
    if (items.length >= MAX_ITEMS) break;
  }
  return items;
}
