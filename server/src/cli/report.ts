// What one `vanban check` run found, handed to one formatter per output format.
import type { Finding, Lang, Message } from '../core/types';
import type { LineIndex } from '../core/text/lines';

export interface FileReport {
  /** Path as the user gave it (relative paths stay relative), with forward slashes. */
  path: string;
  /** The file's text as read (UTF-8, byte-order mark removed): offsets refer to it. */
  text: string;
  lines: LineIndex;
  findings: Finding[];
}

export interface RunError {
  path: string;
  message: Message;
}

export interface CheckReport {
  files: FileReport[];
  errors: RunError[];
}

export interface FormatOptions {
  lang: Lang;
  /** ANSI colour (text format on a terminal only). */
  color: boolean;
  /** Tool version, for SARIF's driver. */
  version: string;
}

export type Formatter = (report: CheckReport, options: FormatOptions) => string;
