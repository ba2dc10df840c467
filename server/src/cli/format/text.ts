// `--format text`: for people. One line per finding, `path:line:col: severity CODE message`
// (1-based, columns in UTF-16 code units), its fixes and related places indented below, errors
// as `path: error: message`, and a closing summary in the chosen language.
// The severity word stays English (error, warning, info, hint) so that editors' and CI's
// problem matchers can read the line; messages and the summary follow options.lang.
import type { Severity } from '../../core/types';
import type { Formatter } from '../report';
import { SEVERITIES, SEVERITY_LABELS, WORDS, countBySeverity, plural, slashPath, sortedFindings, text, toRegion1 } from './common';

const COLOURS: Record<Severity, string> = {
  error: '\x1b[31m',   // red
  warning: '\x1b[33m', // yellow
  info: '\x1b[36m',    // cyan
  hint: '\x1b[2m',     // dim
};
const RESET = '\x1b[0m';

/** Continuation lines of a multi-line message stay under the message. */
function indentRest(s: string, indent: string): string {
  return s.replace(/\r\n|\r|\n/g, '\n' + indent);
}

export const formatText: Formatter = (report, options) => {
  const { lang, color } = options;
  const paint = (severity: Severity, s: string) => (color ? COLOURS[severity] + s + RESET : s);
  const out: string[] = [];

  for (const file of report.files) {
    const path = slashPath(file.path);
    for (const f of sortedFindings(file)) {
      const r = toRegion1(file.lines, f.span);
      out.push(`${path}:${r.startLine}:${r.startColumn}: ${paint(f.severity, f.severity)} ${f.code} ${indentRest(text(f.message, lang), '    ')}`);
      for (const fix of f.fixes) {
        out.push(`  ↳ ${WORDS[lang].fix}: ${indentRest(text(fix.title, lang), '    ')}`);
      }
      for (const rel of f.related) {
        const rr = toRegion1(file.lines, rel.span);
        out.push(`  ↳ ${path}:${rr.startLine}:${rr.startColumn}: ${indentRest(text(rel.message, lang), '    ')}`);
      }
    }
  }
  for (const e of report.errors) {
    out.push(`${slashPath(e.path)}: ${paint('error', 'error')}: ${indentRest(text(e.message, lang), '    ')}`);
  }

  const counts = countBySeverity(report);
  const shown = SEVERITIES.filter((s) => s !== 'hint' || counts.hint > 0);
  let summary = shown.map((s) => plural(counts[s], SEVERITY_LABELS[lang][s])).join(', ') +
    ` ${WORDS[lang].in} ${plural(report.files.length, WORDS[lang].file)}`;
  if (report.errors.length > 0) summary += `, ${WORDS[lang].unreadable(report.errors.length)}`;
  out.push(summary);

  return out.join('\n') + '\n';
};

export default formatText;
