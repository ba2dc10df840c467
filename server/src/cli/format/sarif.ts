// `--format sarif`: SARIF 2.1.0 for code scanning. One run; rules are the codes seen.
// Regions carry both 1-based lines and columns and charOffset/charLength; columns are UTF-16
// code units (run.columnKind), which is how our offsets count, so both agree.
// Files that could not be checked become error notifications of the one invocation.
import type { Fix, Finding, Lang, Severity, Span } from '../../core/types';
import type { LineIndex } from '../../core/text/lines';
import type { FileReport, Formatter } from '../report';
import { slashPath, sortedFindings, text, toRegion1 } from './common';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/**
 * A path as a SARIF artifact URI: forward slashes, each segment percent-encoded (spaces,
 * non-ASCII, `:`, `#`, `?`…). Relative paths stay relative references (GitHub resolves them
 * against the repository root); absolute ones become file:// URIs.
 */
export function pathToUri(path: string): string {
  const p = slashPath(path);
  const encode = (s: string) => s.split('/').map((seg) => encodeURIComponent(seg)).join('/');
  const drive = /^([A-Za-z]):\//.exec(p);
  if (drive) return `file:///${drive[1]}:/${encode(p.slice(3))}`;
  if (p.startsWith('/')) return `file://${encode(p)}`;
  return encode(p.replace(/^(\.\/)+/, ''));
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

function region(lines: LineIndex, span: Span): SarifRegion {
  const r = toRegion1(lines, span);
  return { ...r, charOffset: span.start, charLength: Math.max(0, span.end - span.start) };
}

export const formatSarif: Formatter = (report, options) => {
  const { lang } = options;

  // Rules: one per code seen, ordered by code; the first message seen describes it.
  const firstByCode = new Map<string, Finding>();
  for (const file of report.files) {
    for (const f of sortedFindings(file)) if (!firstByCode.has(f.code)) firstByCode.set(f.code, f);
  }
  const codes = [...firstByCode.keys()].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => ({
    id: code,
    shortDescription: { text: text(firstByCode.get(code)!.message, lang) },
  }));

  // Artifacts: every file checked, also those without findings.
  const artifactIndex = new Map<string, number>();
  const artifacts: { location: { uri: string } }[] = [];
  for (const file of report.files) {
    const uri = pathToUri(file.path);
    if (!artifactIndex.has(uri)) {
      artifactIndex.set(uri, artifacts.length);
      artifacts.push({ location: { uri } });
    }
  }
  const artifactLocation = (file: FileReport) => {
    const uri = pathToUri(file.path);
    return { uri, index: artifactIndex.get(uri)! };
  };

  const fix = (file: FileReport, x: Fix, l: Lang) => ({
    description: { text: text(x.title, l) },
    artifactChanges: [{
      artifactLocation: artifactLocation(file),
      replacements: x.edits.map((e) => ({
        deletedRegion: region(file.lines, e.span),
        insertedContent: { text: e.newText },
      })),
    }],
  });

  const results = report.files.flatMap((file) =>
    sortedFindings(file).map((f) => ({
      ruleId: f.code,
      ruleIndex: ruleIndex.get(f.code)!,
      level: LEVELS[f.severity],
      message: { text: text(f.message, lang) },
      locations: [{
        physicalLocation: { artifactLocation: artifactLocation(file), region: region(file.lines, f.span) },
      }],
      ...(f.related.length > 0 && {
        relatedLocations: f.related.map((r, i) => ({
          id: i,
          message: { text: text(r.message, lang) },
          physicalLocation: { artifactLocation: artifactLocation(file), region: region(file.lines, r.span) },
        })),
      }),
      ...(f.fixes.length > 0 && { fixes: f.fixes.map((x) => fix(file, x, lang)) }),
      properties: { severity: f.severity, ...(f.symbol != null && { symbol: f.symbol }) },
    })),
  );

  const notifications = report.errors.map((e) => ({
    level: 'error' as const,
    message: { text: text(e.message, lang) },
    ...(e.path !== '' && {
      locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(e.path) } } }],
    }),
  }));

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'vanban', version: options.version, rules } },
      invocations: [{
        executionSuccessful: true,
        ...(notifications.length > 0 && { toolExecutionNotifications: notifications }),
      }],
      artifacts,
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

export default formatSarif;
