// `vanban check` and `vanban extract`: read files, run the core, print one format. Exit codes:
// 0 nothing at or above --fail-on, 1 something, 2 a usage, configuration or read error.

import { parseArgs } from 'node:util';
import { analyze, check, declarationsOf, withRegistry } from '../core/analyze';
import { today } from '../builtin';
import { Registry, sourceOf } from '../core/registry/registry';
import { LineIndex } from '../core/text/lines';
import type { Lang, Message, Severity } from '../core/types';
import { RULES_BY_CODE } from '../core/rules/index';
import { listFiles, readDocument } from './files';
import { loadSources } from './registry';
import { formatters, type FormatName } from './format/index';
import { formatExtract } from './extract';
import type { CheckReport, FileReport, RunError } from './report';

const VERSION = '0.1.0';
const SEVERITY_ORDER: Severity[] = ['hint', 'info', 'warning', 'error'];

const USAGE: Message = {
  vi: `Cách dùng:
  vanban check [ĐƯỜNG_DẪN|MẪU…] [--registry TỆP…] [--no-builtin-registry] [--jurisdiction TỈNH]
               [--format text|json|sarif|github] [--fail-on error|warning|info|hint]
               [--severity VB201=off …] [--lang vi|en] [--today YYYY-MM-DD]
  vanban extract [ĐƯỜNG_DẪN…] [--format json] [các tùy chọn danh mục như trên]
Mã thoát: 0 không có phát hiện từ mức --fail-on (mặc định error), 1 có, 2 lỗi cách dùng, cấu hình hoặc đọc tệp.`,
  en: `Usage:
  vanban check [PATH|GLOB…] [--registry FILE…] [--no-builtin-registry] [--jurisdiction NAME]
               [--format text|json|sarif|github] [--fail-on error|warning|info|hint]
               [--severity VB201=off …] [--lang vi|en] [--today YYYY-MM-DD]
  vanban extract [PATH…] [--format json] [the registry options above]
Exit codes: 0 nothing at or above --fail-on (default error), 1 something, 2 a usage, configuration or read error.`,
};

class UsageError extends Error {
  constructor(readonly msg: Message) {
    super(msg.en);
  }
}

function defaultLang(): Lang {
  const env = process.env['VANBAN_LANG'] ?? '';
  return env === 'en' || env === 'vi' ? env : 'vi';
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      registry: { type: 'string', multiple: true },
      'no-builtin-registry': { type: 'boolean' },
      jurisdiction: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      severity: { type: 'string', multiple: true },
      lang: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const lang = (values.lang ?? defaultLang()) as Lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError({ vi: `--lang phải là vi hoặc en.`, en: `--lang must be vi or en.` });
  const failOn = (values['fail-on'] ?? 'error') as Severity;
  if (!SEVERITY_ORDER.includes(failOn)) throw new UsageError({ vi: `--fail-on phải là error, warning, info hoặc hint.`, en: `--fail-on must be error, warning, info or hint.` });
  const severity: Record<string, Severity | 'off'> = {};
  for (const s of values.severity ?? []) {
    for (const pair of s.split(',')) {
      const m = /^(VB\d{3})=(error|warning|info|hint|off)$/.exec(pair.trim());
      if (!m || !RULES_BY_CODE.has(m[1]!)) {
        throw new UsageError({ vi: `--severity không hợp lệ: "${pair}" (ví dụ VB201=off).`, en: `Invalid --severity "${pair}" (e.g. VB201=off).` });
      }
      severity[m[1]!] = m[2] as Severity | 'off';
    }
  }
  const date = values.today ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError({ vi: '--today phải có dạng YYYY-MM-DD.', en: '--today must be YYYY-MM-DD.' });
  return { values, positionals, lang, failOn, severity, date };
}

function run(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE[defaultLang()]}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command !== 'check' && command !== 'extract') {
    throw new UsageError({ vi: `Lệnh không rõ "${command}".\n${USAGE.vi}`, en: `Unknown command "${command}".\n${USAGE.en}` });
  }
  const opts = parse(rest);
  if (opts.values.help) {
    process.stdout.write(`${USAGE[opts.lang]}\n`);
    return 0;
  }
  const format = opts.values.format ?? (command === 'extract' ? 'json' : 'text');
  if (command === 'extract' ? format !== 'json' : !(format in formatters)) {
    throw new UsageError({ vi: `Định dạng không hỗ trợ "${format}".`, en: `Unsupported format "${format}".` });
  }
  const paths = opts.positionals.length ? opts.positionals : ['.'];

  const loaded = loadSources(opts.values.registry ?? [], !opts.values['no-builtin-registry']);
  const errors: RunError[] = [...loaded.errors];
  const listed = listFiles(paths);
  errors.push(...listed.errors);

  const docs: { path: string; text: string }[] = [];
  for (const path of listed.files) {
    const read = readDocument(path);
    if (read.ok) docs.push({ path, text: read.text });
    else errors.push({ path, message: read.message });
  }

  // Documents that declare themselves in their heading join the registry, ahead of the files.
  const builtOn = new Registry(loaded.sources);
  let analyses = docs.map((d) => analyze(d.text, { registry: builtOn, jurisdiction: opts.values.jurisdiction ?? null, today: opts.date }));
  const declared = docs.flatMap((d, i) => declarationsOf(analyses[i]!, d.path).map((entry) => sourceOf(d.path, [entry])));
  if (declared.length > 0) {
    const registry = new Registry([...loaded.sources, ...declared]);
    analyses = analyses.map((a) => withRegistry(a, registry));
  }

  if (command === 'extract') {
    process.stdout.write(formatExtract(docs.map((d, i) => ({ path: d.path, analysis: analyses[i]! })), errors, opts.lang));
    return errors.length ? 2 : 0;
  }

  const files: FileReport[] = docs.map((d, i) => {
    const lines = new LineIndex(d.text);
    return { path: d.path, text: d.text, lines, findings: check(analyses[i]!, { severity: opts.severity }, lines) };
  });
  const report: CheckReport = { files, errors };
  const color = format === 'text' && !!process.stdout.isTTY && !process.env['NO_COLOR'];
  process.stdout.write(formatters[format as FormatName](report, { lang: opts.lang, color, version: VERSION }));
  if (errors.length) return 2;
  const threshold = SEVERITY_ORDER.indexOf(opts.failOn);
  return files.some((f) => f.findings.some((x) => SEVERITY_ORDER.indexOf(x.severity) >= threshold)) ? 1 : 0;
}

// "vanban check … | head": the reader went away; stop quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = run(process.argv.slice(2));
} catch (e) {
  const lang = defaultLang();
  if (e instanceof UsageError) process.stderr.write(`vanban: ${e.msg[lang]}\n`);
  else if (e instanceof Error && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`vanban: ${e.message}\n${USAGE[lang]}\n`);
  } else {
    process.stderr.write(`vanban: ${lang === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${(e as Error)?.stack ?? e}\n`);
  }
  process.exitCode = 2;
}
