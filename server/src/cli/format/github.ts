// `--format github`: GitHub Actions workflow commands, one annotation per finding:
// `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=VB301::message`.
// Lines and columns are 1-based; columns (UTF-16 code units) only when the span stays on one
// line, as GitHub annotations allow. Fixes follow the message on lines of their own.
import type { Severity } from '../../core/types';
import type { Formatter } from '../report';
import { WORDS, slashPath, sortedFindings, text, toRegion1 } from './common';

const COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  hint: 'notice',
};

/** Escaping of a command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property value: as data, plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: [string, string | number][], message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name}${p ? ' ' + p : ''}::${escapeData(message)}`;
}

export const formatGithub: Formatter = (report, options) => {
  const { lang } = options;
  const out: string[] = [];
  for (const file of report.files) {
    const path = slashPath(file.path);
    for (const f of sortedFindings(file)) {
      const r = toRegion1(file.lines, f.span);
      const props: [string, string | number][] = [['file', path], ['line', r.startLine]];
      if (r.startLine === r.endLine) props.push(['col', r.startColumn]);
      props.push(['endLine', r.endLine]);
      if (r.startLine === r.endLine) props.push(['endColumn', r.endColumn]);
      props.push(['title', f.code]);
      const message = [text(f.message, lang), ...f.fixes.map((x) => `↳ ${WORDS[lang].fix}: ${text(x.title, lang)}`)].join('\n');
      out.push(command(COMMANDS[f.severity], props, message));
    }
  }
  for (const e of report.errors) {
    out.push(command('error', e.path ? [['file', slashPath(e.path)]] : [], text(e.message, lang)));
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
};

export default formatGithub;
