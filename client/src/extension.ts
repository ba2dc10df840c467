// The VS Code extension: starts dist/server.js over IPC and forwards settings, registry file
// changes and the display language. Nothing domain-specific is decided here.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageclient';

const REGISTRY_GLOB = '**/{*.vanban.json,*.vanban.yaml,*.vanban.yml,vanban.registry.json,vanban.registry.yaml,vanban.registry.yml}';

let client: LanguageClient | undefined;

function initializationOptions(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('vanban');
  const trusted = vscode.workspace.isTrusted;
  return {
    // an untrusted workspace gets the built-in registry only, and no path outside it is read
    registryPaths: trusted ? c.get<string[]>('registryPaths', []) : [],
    trusted,
    jurisdiction: c.get<string | null>('jurisdiction', null),
    severity: c.get<Record<string, string>>('severity', {}),
    language: c.get<string>('language', 'auto'),
    checkWorkspace: c.get<boolean>('checkWorkspace', false),
    completionDates: c.get<boolean>('completion.insertDate', true),
    inlayHints: c.get<boolean>('inlayHints', false),
    locale: vscode.env.language,
  };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'vanban' },
      { scheme: 'file', pattern: REGISTRY_GLOB },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'vanban', fileEvents: vscode.workspace.createFileSystemWatcher(REGISTRY_GLOB) },
    initializationOptions: initializationOptions(),
  };
  client = new LanguageClient('vanban', 'Vanban', serverOptions, clientOptions);
  await client.start();
}

async function updateStatus(item: vscode.StatusBarItem): Promise<void> {
  if (!client) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const s = await client.sendRequest<{ registryEntries: number; findings: number }>('vanban/status', { uri }).catch(() => null);
  if (!s) return;
  item.text = `$(law) Vanban ${s.findings}`;
  item.tooltip = vscode.l10n.t('{0} findings; the registry has {1} documents', s.findings, s.registryEntries);
  item.show();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'workbench.actions.view.problems';
  const refresh = () => void updateStatus(status);
  context.subscriptions.push(
    status,
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.commands.registerCommand('vanban.checkWorkspace', async () => {
      const n = await client?.sendRequest<number>('vanban/checkWorkspace', {});
      void vscode.window.showInformationMessage(vscode.l10n.t('Vanban checked {0} files.', n ?? 0));
    }),
    vscode.commands.registerCommand('vanban.showRegistryEntry', () => vscode.commands.executeCommand('editor.action.revealDefinition')),
    vscode.commands.registerCommand('vanban.addToRegistry', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return false;
      const edit = await client.sendRequest<LspWorkspaceEdit | null>('vanban/addToRegistry', { uri: editor.document.uri.toString(), position: editor.selection.active });
      if (!edit) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No citation missing from the registry at the cursor.'));
        return false;
      }
      return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
    }),
    vscode.commands.registerCommand('vanban.restartServer', async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop();
      await start(context);
    }),
  );
  await start(context);
  refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
