// Entry point of the bundled server (dist/server.js): stdio, node IPC or a socket, as the client asks.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { join } from 'node:path';
import { startServer } from './server';

process.on('uncaughtException', (e) => process.stderr.write(`vanban: ${e.stack ?? e}\n`));
process.on('unhandledRejection', (e) => process.stderr.write(`vanban: ${(e as Error)?.stack ?? e}\n`));

startServer(createConnection(ProposedFeatures.all), join(__dirname, '..'));
