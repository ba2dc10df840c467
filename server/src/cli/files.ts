// Which files a run reads: paths, folders (walked for .md and .txt) and simple globs (*, **, ?),
// and how a file is read (UTF-8, byte-order mark removed; binary or invalid UTF-8 refused).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Message } from '../core/types';

const DOCUMENT = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

export interface Listed {
  files: string[];
  errors: { path: string; message: Message }[];
}

export function listFiles(args: string[], cwd = process.cwd()): Listed {
  const files: string[] = [];
  const errors: Listed['errors'] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const norm = p.split(sep).join('/');
    if (!seen.has(norm)) {
      seen.add(norm);
      files.push(norm);
    }
  };
  for (const arg of args) {
    if (/[*?[]/.test(arg)) {
      const base = arg.split('/').findIndex((part) => /[*?[]/.test(part));
      const root = arg.split('/').slice(0, base).join('/') || '.';
      const matcher = globToRegExp(arg);
      const before = files.length;
      for (const f of walk(resolve(cwd, root), root)) if (matcher.test(f) || matcher.test(`./${f}`)) add(f);
      if (files.length === before) errors.push({ path: arg, message: { vi: 'Không có tệp nào khớp mẫu này.', en: 'No file matches this pattern.' } });
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, arg));
    } catch {
      errors.push({ path: arg, message: { vi: 'Không tìm thấy tệp hoặc thư mục.', en: 'No such file or folder.' } });
      continue;
    }
    if (stat.isDirectory()) {
      for (const f of walk(resolve(cwd, arg), arg)) if (DOCUMENT.test(f)) add(f);
    } else add(arg);
  }
  return { files, errors };
}

/** Files under `dir`, named as the user named the folder (`shown`), sorted, skipping tool folders. */
function* walk(dir: string, shown: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const name = shown === '.' ? e.name : `${shown.replace(/\/+$/, '')}/${e.name}`;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* walk(join(dir, e.name), name);
    } else if (e.isFile()) yield name;
  }
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^(?:\\./)?${re.replace(/^\\\.\//, '')}$`);
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: Message };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readDocument(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, message: { vi: `Không đọc được tệp (${code}).`, en: `Cannot read the file (${code}).` } };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, message: { vi: 'Tệp nhị phân, không phải văn bản: bỏ qua.', en: 'Binary file, not text: skipped.' } };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      ok: false,
      message: { vi: 'Tệp không phải UTF-8 hợp lệ (có thể là TCVN3/VNI): hãy chuyển sang UTF-8.', en: 'Not valid UTF-8 (perhaps TCVN3/VNI): convert it to UTF-8.' },
    };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
