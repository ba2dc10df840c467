// The Vanban language server: a thin layer over the core. It keeps open documents and their
// analyses, the registry (built-in, workspace files, self-declared documents) and the settings,
// and answers LSP requests. Nothing domain-specific is decided here. Every handler is guarded:
// an exception is logged and answered with an empty result, never a dead server.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticReport,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { today } from '../builtin';
import { analyze, analyzeInPieces, check, checkInPieces, declarationsOf, PieceCache, type Analysis } from '../core/analyze';
import { LineIndex } from '../core/text/lines';
import type { Finding, Lang, Severity } from '../core/types';
import { fixAll, FIX_ALL_KIND, quickFixes } from './codeActions';
import { complete } from './completion';
import { toDiagnostic, toRange } from './convert';
import { hoverAt } from './hover';
import { citationAt, citesOf, citingFiles, definition, documentKey, references, type IndexedFile } from './navigation';
import { inlayHintsOf } from './inlayHints';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, semanticTokensOf } from './semanticTokens';
import { RegistryStore } from './registryStore';
import type { Registry } from '../core/registry/registry';
import { addToRegistryAction, entryFor, WORKSPACE_REGISTRY } from './registryEdit';

export interface Settings {
  registryPaths: string[];
  jurisdiction: string | null;
  severity: Record<string, Severity | 'off'>;
  language: 'auto' | Lang;
  checkWorkspace: boolean;
  completionDates: boolean;
  /** False in an untrusted workspace: only the built-in registry, nothing read from the workspace's registry files. */
  trusted: boolean;
  inlayHints: boolean;
}

/** An open document's analysis, for one version. */
interface Analysed {
  version: number;
  /** The registry it was resolved against: another one (a document declared itself) makes it stale. */
  registry: Registry;
  analysis: Analysis;
  findings: Finding[];
  /** Its citations by the document they cite, when references asked. */
  cites?: IndexedFile['cites'];
}

const DEFAULTS: Settings = { registryPaths: [], jurisdiction: null, severity: {}, language: 'auto', checkWorkspace: false, completionDates: true, trusted: true, inlayHints: false };
const DOCUMENT = /\.(md|markdown|txt)$/i;
const REGISTRY_FILE = /(?:\.vanban\.(?:json|ya?ml)|(?:^|[/\\])vanban\.registry\.(?:json|ya?ml))$/i;
const MAX_WORKSPACE_FILES = 20_000;

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function startServer(connection: Connection, extensionRoot: string): void {
  const documents = new TextDocuments(TextDocument);
  const store = new RegistryStore(join(extensionRoot, 'seeds', 'registry.json'));
  const docsDir = join(extensionRoot, 'docs', 'rules');
  let settings: Settings = DEFAULTS;
  let lang: Lang = 'vi';
  let rootPath: string | null = null;
  let pullDiagnostics = false;
  let configurationRequests = false;
  const analyses = new Map<string, Analysed>();
  const pieceCaches = new Map<string, PieceCache>();
  const workspace = new Map<string, IndexedFile>();
  /** Citations of the files on disk by the key of the document they cite, built with the index. */
  let citedIn: Map<string, IndexedFile[]> | null = null;

  const log = (e: unknown) => connection.console.error(`vanban: ${(e as Error)?.stack ?? String(e)}`);
  // requests wait until settings and registry files are loaded, so first answers use them
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  function guard<A extends unknown[], R>(fallback: R, fn: (...args: A) => R | Promise<R>) {
    return async (...args: A): Promise<R> => {
      try {
        await ready;
        return await fn(...args);
      } catch (e) {
        log(e);
        return fallback;
      }
    };
  }

  /**
   * Time spent inside the handlers of the requests the benchmark measures, by method (the last
   * TIMINGS of each): a round trip also counts JSON and the pipe, which are not the server's work.
   * Read and cleared with the vanban/timings request.
   */
  const timings = new Map<string, number[]>();
  const TIMINGS = 1000;
  function timed<A extends unknown[], R>(method: string, fn: (...args: A) => R) {
    return (...args: A): R => {
      const t0 = performance.now();
      try {
        return fn(...args);
      } finally {
        const list = timings.get(method) ?? [];
        if (list.push(performance.now() - t0) > TIMINGS) list.shift();
        timings.set(method, list);
      }
    };
  }

  function analysisOf(doc: TextDocument): Analysed {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.registry === store.registry) return cached;
    // a large document is read in pieces, and a keystroke re-reads only the piece it touched
    let pieces = pieceCaches.get(doc.uri);
    if (!pieces) pieceCaches.set(doc.uri, (pieces = new PieceCache()));
    const registry = store.registry;
    const analysis = analyzeInPieces(doc.getText(), { registry, jurisdiction: settings.jurisdiction, today: today() }, pieces);
    const findings = checkInPieces(analysis, { severity: settings.severity }, pieces);
    const entry: Analysed = { version: doc.version, registry, analysis, findings };
    analyses.set(doc.uri, entry);
    const path = URI.parse(doc.uri).fsPath;
    // a document that declares itself ("Số: 12/QĐ-UBND" with its date line) joins the registry: the
    // other open documents are then asked for again (their cached analyses see another registry)
    if (store.setDeclared(path, declarationsOf(analysis, path)) && pullDiagnostics) void connection.languages.diagnostics.refresh();
    return entry;
  }

  function diagnosticsOf(doc: TextDocument): Diagnostic[] {
    if (isRegistryFile(doc.uri)) return registryDiagnostics(doc);
    if (!DOCUMENT.test(doc.uri) && doc.languageId !== 'markdown' && doc.languageId !== 'plaintext' && doc.languageId !== 'vanban') return [];
    const { findings } = analysisOf(doc);
    return findings.map((f) => toDiagnostic(doc, f, lang, docsDir));
  }

  function isRegistryFile(uri: string): boolean {
    if (!settings.trusted) return false;
    return REGISTRY_FILE.test(uri) || settings.registryPaths.some((p) => URI.file(absolute(p)).toString() === uri);
  }

  function absolute(p: string): string {
    return p.startsWith('/') || !rootPath ? p : join(rootPath, p);
  }

  function registryDiagnostics(doc: TextDocument): Diagnostic[] {
    const state = store.update(URI.parse(doc.uri).fsPath, doc.getText());
    analyses.clear();
    return state.problems.map((p) => ({
      range: { start: { line: p.line, character: p.column }, end: { line: p.line, character: p.column + 1 } },
      severity: 1,
      source: 'vanban',
      code: 'registry',
      message: p.message[lang],
    }));
  }

  /** With vanban.checkWorkspace, the findings of every Markdown and text file, open or not. */
  function checkWorkspaceFiles(): void {
    if (!settings.checkWorkspace) return;
    const open = new Set(documents.all().map((d) => d.uri));
    ensureIndexed();
    for (const f of workspace.values()) {
      if (open.has(f.uri)) continue;
      const doc = TextDocument.create(f.uri, 'plaintext', 0, f.text);
      const findings = check(f.analysis, { severity: settings.severity });
      void connection.sendDiagnostics({ uri: f.uri, diagnostics: findings.map((x) => toDiagnostic(doc, x, lang, docsDir)) });
    }
  }

  function refreshAll(): void {
    analyses.clear();
    workspace.clear(); // its analyses used the registry as it was
    citedIn = null;
    checkWorkspaceFiles();
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const doc of documents.all()) void connection.sendDiagnostics({ uri: doc.uri, diagnostics: diagnosticsOf(doc) });
  }

  function loadRegistryFiles(): void {
    if (!settings.trusted) return;
    for (const p of settings.registryPaths) store.load(absolute(p));
    if (!rootPath) return;
    for (const file of walk(rootPath)) if (REGISTRY_FILE.test(file)) store.load(file);
  }

  function* walk(dir: string, depth = 0): Generator<string> {
    if (depth > 12) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) yield* walk(full, depth + 1);
      else if (e.isFile()) yield full;
    }
  }

  /** Reads and analyses the workspace's documents once (until a registry or file change). */
  function ensureIndexed(): void {
    if (!rootPath || workspace.size > 0) return;
    let n = 0;
    for (const file of walk(rootPath)) {
      if (!DOCUMENT.test(file) || n++ > MAX_WORKSPACE_FILES) continue;
      const text = readOrNull(file);
      if (text === null || statSync(file).size > 5_000_000) continue;
      const uri = URI.file(file).toString();
      const analysis = analyze(text, { registry: store.registry, jurisdiction: settings.jurisdiction, today: today() });
      const lines = new LineIndex(text);
      workspace.set(uri, { uri, text, analysis, cites: citesOf(uri, analysis, (offset) => lines.positionAt(offset)) });
    }
  }

  /** An open document's citations by the document they cite, once per version. */
  function citesOfOpen(doc: TextDocument): IndexedFile['cites'] {
    const entry = analysisOf(doc);
    return (entry.cites ??= citesOf(doc.uri, entry.analysis, (offset) => doc.positionAt(offset)));
  }

  async function readSettings(): Promise<void> {
    if (!configurationRequests) return;
    const raw = (await connection.workspace.getConfiguration('vanban')) as Partial<Settings> | null;
    settings = { ...DEFAULTS, ...(raw ?? {}) };
    if (settings.language !== 'auto') lang = settings.language;
  }

  connection.onInitialize((params: InitializeParams) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    rootPath = folder ? URI.parse(folder).fsPath : null;
    pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    configurationRequests = !!params.capabilities.workspace?.configuration;
    const locale = (params.locale ?? params.initializationOptions?.locale ?? '') as string;
    lang = /^vi/i.test(locale) || locale === '' ? 'vi' : 'en';
    const options = params.initializationOptions as Partial<Settings> | undefined;
    if (options) settings = { ...DEFAULTS, ...options };
    if (settings.language !== 'auto') lang = settings.language;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: [' ', '/', '-'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentLinkProvider: {},
        inlayHintProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] }, full: true },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'vanban', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    try {
      if (configurationRequests) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
      await readSettings();
      loadRegistryFiles();
    } catch (e) {
      log(e);
    } finally {
      markReady();
      refreshAll();
    }
  });

  connection.onDidChangeConfiguration(
    guard(undefined, async (change) => {
      if (!configurationRequests && change.settings?.vanban) settings = { ...DEFAULTS, ...change.settings.vanban };
      await readSettings();
      loadRegistryFiles();
      refreshAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(undefined, (params) => {
      for (const change of params.changes) {
        const path = URI.parse(change.uri).fsPath;
        if (isRegistryFile(change.uri)) {
          if (change.type === 3 || !existsSync(path)) store.remove(path);
          else store.load(path);
        } else {
          workspace.delete(change.uri);
          citedIn = null;
        }
      }
      refreshAll();
    }),
  );

  // pull diagnostics (LSP 3.17) when the client asks for them; push otherwise, below
  const reports = new Map<string, { resultId: string; items: Diagnostic[] }>();
  let reportCount = 0;
  connection.languages.diagnostics.on(
    guard(
      { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] },
      timed('textDocument/diagnostic', (params): DocumentDiagnosticReport => {
        const doc = documents.get(params.textDocument.uri);
        if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const items = diagnosticsOf(doc);
        // a keystroke that changes no diagnostic (most do not) is answered "unchanged": the client
        // keeps what it has, and half a megabyte of JSON for a large text is not sent again
        const last = reports.get(doc.uri);
        if (last && params.previousResultId === last.resultId && sameJson(last.items, items)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
        const resultId = String(++reportCount);
        reports.set(doc.uri, { resultId, items });
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
      }),
    ),
  );

  const pending = new Map<string, NodeJS.Timeout>();
  documents.onDidChangeContent((e) => {
    if (isRegistryFile(e.document.uri)) {
      // a registry edited in the editor is seen live; its problems are its own diagnostics
      const diagnostics = registryDiagnostics(e.document);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics });
      for (const doc of documents.all()) if (doc.uri !== e.document.uri && !pullDiagnostics) void connection.sendDiagnostics({ uri: doc.uri, diagnostics: diagnosticsOf(doc) });
      if (pullDiagnostics) void connection.languages.diagnostics.refresh();
      return;
    }
    if (pullDiagnostics) return;
    clearTimeout(pending.get(e.document.uri));
    pending.set(
      e.document.uri,
      setTimeout(
        guard(undefined, () => {
          void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: diagnosticsOf(e.document) });
        }),
        100,
      ),
    );
  });
  documents.onDidClose((e) => {
    analyses.delete(e.document.uri);
    pieceCaches.delete(e.document.uri);
    reports.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(
    guard(
      null,
      timed('textDocument/hover', (params) => {
        const doc = documents.get(params.textDocument.uri);
        if (!doc) return null;
        return hoverAt(analysisOf(doc).analysis, doc.offsetAt(params.position), lang);
      }),
    ),
  );

  connection.onDefinition(
    guard(
      [],
      timed('textDocument/definition', (params) => {
        const doc = documents.get(params.textDocument.uri);
        if (!doc) return [];
        return definition(analysisOf(doc).analysis, doc.offsetAt(params.position), store, rootPath);
      }),
    ),
  );

  /** The document cited at a position: the open document, its analysis, and the cited document's key. */
  function citedAt(params: { textDocument: { uri: string }; position: Position }) {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const a = analysisOf(doc).analysis;
    const i = citationAt(a, doc.offsetAt(params.position));
    const key = i >= 0 ? documentKey(a, i) : null;
    return key ? { doc, a, key } : null;
  }

  connection.onReferences(
    guard(
      [],
      timed('textDocument/references', (params) => {
        const at = citedAt(params);
        if (!at) return [];
        ensureIndexed();
        citedIn ??= citingFiles(workspace.values());
        // open documents as the editor holds them, files on disk from the index
        const open = documents.all().map((doc) => ({ uri: doc.uri, cites: citesOfOpen(doc) }));
        const openUris = new Set(open.map((f) => f.uri));
        return references(at.key, [...(citedIn.get(at.key) ?? []).filter((f) => !openUris.has(f.uri)), ...open]);
      }),
    ),
  );

  connection.onDocumentHighlight(
    guard([], (params) => {
      const at = citedAt(params);
      if (!at) return [];
      return at.a.citations.flatMap((c, j) => (documentKey(at.a, j) === at.key ? [{ range: toRange(at.doc, c.span) }] : []));
    }),
  );

  connection.onDocumentSymbol(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const a = analysisOf(doc).analysis;
      return a.citations
        .filter((c) => c.kind !== 'placeholder')
        .map((c) => ({ name: c.symbol ?? c.title ?? c.text, detail: c.type ?? '', kind: SymbolKind.File, range: toRange(doc, c.span), selectionRange: toRange(doc, c.symbolSpan) }));
    }),
  );

  connection.onWorkspaceSymbol(
    guard([], (params) => {
      const q = params.query.toUpperCase();
      const out = [];
      for (const indexed of store.registry.entries()) {
        if (q && !indexed.symbol.toUpperCase().includes(q) && !(indexed.title ?? '').toUpperCase().includes(q)) continue;
        out.push({ name: indexed.symbol, kind: SymbolKind.File, containerName: indexed.title ?? '', location: { uri: URI.file(indexed.origin).toString(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } });
        if (out.length >= 200) break;
      }
      return out;
    }),
  );

  connection.onCompletion(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const prefix = doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
      const a = analysisOf(doc).analysis;
      return complete(prefix, store.registry, settings.jurisdiction ?? a.jurisdiction, settings.completionDates);
    }),
  );

  connection.onCodeAction(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const { findings } = analysisOf(doc);
      const only = params.context.only;
      if (only?.some((k) => k.startsWith(CodeActionKind.SourceFixAll))) {
        const all = fixAll(doc, findings, lang);
        return all ? [all] : [];
      }
      const diagnostics = params.context.diagnostics.filter((d) => d.source === 'vanban');
      const actions = quickFixes(doc, findings, diagnostics, lang);
      // "add this citation to the workspace registry", for a citation the registry does not know
      const a = analysisOf(doc).analysis;
      const i = citationAt(a, doc.offsetAt(params.range.start));
      const unknown = i >= 0 && a.resolutions[i]!.status === 'unknown';
      const entry = unknown ? entryFor(a, i) : null;
      if (entry && rootPath && settings.trusted) actions.push(addToRegistryAction(rootPath, readOrNull(join(rootPath, WORKSPACE_REGISTRY)), entry, lang));
      const all = fixAll(doc, findings, lang);
      return all ? [...actions, all] : actions;
    }),
  );

  // the client's status bar: registry size and the findings of a document
  connection.onRequest(
    'vanban/status',
    guard({ registryEntries: 0, findings: 0 }, (params: { uri?: string }) => {
      const doc = params.uri ? documents.get(params.uri) : undefined;
      return { registryEntries: store.registry.size, findings: doc ? analysisOf(doc).findings.length : 0 };
    }),
  );
  // the benchmark: how long requests took inside the server (see `timed`), then forgotten
  connection.onRequest(
    'vanban/timings',
    guard({}, () => {
      const out = Object.fromEntries(timings);
      timings.clear();
      return out;
    }),
  );
  // "Vanban: Check the workspace"
  connection.onRequest(
    'vanban/checkWorkspace',
    guard(0, () => {
      const before = settings.checkWorkspace;
      settings = { ...settings, checkWorkspace: true };
      workspace.clear();
      citedIn = null;
      checkWorkspaceFiles();
      settings = { ...settings, checkWorkspace: before };
      return workspace.size;
    }),
  );
  // "Vanban: Add this citation to the workspace registry" (the command behind the code action)
  connection.onRequest(
    'vanban/addToRegistry',
    guard(null, (params: { uri: string; position: Position }) => {
      const doc = documents.get(params.uri);
      if (!doc || !rootPath || !settings.trusted) return null;
      const a = analysisOf(doc).analysis;
      const i = citationAt(a, doc.offsetAt(params.position));
      const entry = i >= 0 ? entryFor(a, i) : null;
      return entry ? addToRegistryAction(rootPath, readOrNull(join(rootPath, WORKSPACE_REGISTRY)), entry, lang).edit : null;
    }),
  );

  // links from each resolved citation to its source
  connection.onDocumentLinks(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const a = analysisOf(doc).analysis;
      return a.citations.flatMap((c, i) => {
        const r = a.resolutions[i]!;
        const source = r.status === 'resolved' ? r.entry.entry.source : undefined;
        return source && /^https?:\/\//.test(source) ? [{ range: toRange(doc, c.symbolSpan), target: source }] : [];
      });
    }),
  );

  // inlay hints (off unless vanban.inlayHints): the date and short title after a bare symbol
  connection.languages.inlayHint.on(
    guard([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !settings.inlayHints) return [];
      return inlayHintsOf(analysisOf(doc).analysis).map((h) => ({
        position: doc.positionAt(h.offset),
        label: h.label,
        paddingLeft: false,
        ...(h.tooltip ? { tooltip: h.tooltip } : {}),
      }));
    }),
  );

  // semantic tokens: colour for citations and dates in plain text too
  connection.languages.semanticTokens.on(
    guard({ data: [] }, (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || isRegistryFile(doc.uri)) return { data: [] };
      const text = doc.getText();
      return { data: semanticTokensOf(analysisOf(doc).analysis, new LineIndex(text)) };
    }),
  );

  documents.listen(connection);
  connection.listen();
}

/** Do two JSON values (diagnostics) say the same? Compared in place: cheaper than serializing both. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    if (a.length !== list.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], list[i])) return false;
    return true;
  }
  // loops, not key lists: a 1 MB document's diagnostics are compared on every keystroke
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    fields++;
    if (!sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) fields--;
  return fields === 0;
}

