// A real JSON-RPC client driving the bundled server (dist/server.js) over stdio, as an editor does.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';

export interface Session {
  connection: ProtocolConnection;
  child: ChildProcess;
  pushed: Map<string, unknown[]>;
  /** What the server said it can do, in its answer to initialize. */
  capabilities: Record<string, any>;
  close(): Promise<void>;
}

export async function startSession(workspace: string, capabilities: Record<string, unknown>, initializationOptions: Record<string, unknown> = {}): Promise<Session> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed = new Map<string, unknown[]>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
    pushed.set(p.uri, p.diagnostics);
  });
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const init = (await connection.sendRequest('initialize', {
    processId: null,
    rootUri: `file://${workspace}`,
    workspaceFolders: [{ uri: `file://${workspace}`, name: 'ws' }],
    capabilities,
    initializationOptions,
    locale: 'vi',
  })) as { capabilities: Record<string, any> };
  await connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    pushed,
    capabilities: init.capabilities,
    async close() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      child.kill();
    },
  };
}

/** A fixture with the cursor marked "$0" (as texlab's tests do): the text and the cursor's position. */
export function cursor(marked: string): { text: string; line: number; character: number } {
  const at = marked.indexOf('$0');
  const before = marked.slice(0, at).split('\n');
  return { text: marked.replace('$0', ''), line: before.length - 1, character: before[before.length - 1]!.length };
}

/** The LSP position of `needle` in `text`, `inside` characters into it. */
export function positionOf(text: string, needle: string, inside = 1): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, at + inside).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** Semantic tokens back from the LSP's relative encoding: each token's text, type and modifiers. */
export function decodeSemanticTokens(text: string, data: number[], legend: { tokenTypes: readonly string[]; tokenModifiers: readonly string[] }) {
  const lines = text.split(/\r?\n/);
  const out: { text: string; type: string; modifiers: string[] }[] = [];
  for (let i = 0, line = 0, char = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
    const modifiers = legend.tokenModifiers.filter((_, b) => data[i + 4]! & (1 << b));
    out.push({ text: lines[line]!.slice(char, char + data[i + 2]!), type: legend.tokenTypes[data[i + 3]!]!, modifiers });
  }
  return out;
}

