// `npm run bench`: speed and memory figures, printed, never asserted (timed unit tests flake).
// One core, each part in a process of its own. Throughput of analyze+check in M chars/s over (a)
// the seeds repeated to 50 MB, as one text and as one text per seed copy, and (b) ../shared/corpus
// when present, next to two floors on the same text: the scanner's own anchor regex alone, and a
// bare symbol regex. Then registry load time, heap and RSS for
// synthetic registries of 1k, 100k and 500k entries, from the file's bytes as read from disk.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, check } from '../../server/src/core/analyze';
import { parseRegistry } from '../../server/src/core/registry/load';
import { Registry } from '../../server/src/core/registry/registry';

const ROOT = join(__dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const TODAY = '2026-11-22';
const RUNS = 5;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const builtin = parseRegistry(readFileSync(join(SEEDS, 'registry.json')), 'json', 'seeds/registry.json').entries;
const registry = new Registry([builtin]);

const FLOORS: Record<string, RegExp> = {
  'anchor regex': /\d+(?:[.,]\d+)*|(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh)(?=[ \t]*\r?\n?[ \t]*\p{Lu})|[Ss]ố[ \t]+(?=[.…]*[ \t]*\/)/gu,
  'symbol regex': /\d+[/-][A-ZĐ0-9][A-Za-zĐđ0-9/-]*/g,
};

function best<T>(runs: number, f: () => T): { ms: number; result: T } {
  let ms = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    result = f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, result };
}

function throughput(label: string, texts: string[]): void {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  // five runs: the first ones run code the JIT has not optimized yet; the best is the steady state
  const ours = best(RUNS, () => {
    let citations = 0;
    let findings = 0;
    for (const t of texts) {
      const a = analyze(t, { registry, today: TODAY });
      citations += a.citations.length;
      findings += check(a).length;
    }
    return { citations, findings };
  });
  const mcs = chars / ours.ms / 1000;
  console.log(`\n${label}: ${(chars / 1e6).toFixed(1)} M chars in ${texts.length} text(s)`);
  console.log(`  extract+check     ${ours.ms.toFixed(0).padStart(6)} ms  ${mcs.toFixed(1).padStart(6)} M chars/s  (${ours.result.citations} citations, ${ours.result.findings} findings)`);
  for (const [name, re] of Object.entries(FLOORS)) {
    const floor = best(RUNS, () => {
      let n = 0;
      for (const t of texts) {
        re.lastIndex = 0;
        while (re.exec(t)) n++;
      }
      return n;
    });
    console.log(`  floor: ${name.padEnd(12)}${floor.ms.toFixed(0).padStart(6)} ms  ${(chars / floor.ms / 1000).toFixed(1).padStart(6)} M chars/s  ratio ${(ours.ms / floor.ms).toFixed(2)}×  (${floor.result} matches)`);
  }
}

/** The seeds, one after another, until they make 50 M characters. */
function seedCopiesTo50MB(): string[] {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const copies: string[] = [];
  for (let i = 0, n = 0; n < 50_000_000; i++) {
    const s = seeds[i % seeds.length]!;
    copies.push(s);
    n += s.length + 1;
  }
  return copies;
}

const ISSUERS = ['UBND', 'TTg', 'CP', 'BTC', 'BNV', 'BYT', 'HĐND', 'BTTTT'];
const PROVINCES = ['Thanh Hóa', 'Quảng Ngãi', 'Bắc Giang', 'Thái Bình', 'Tuyên Quang', 'Hà Nội', 'Nghệ An', 'Lào Cai'];

/** The file's bytes, as readFileSync gives them (the text it was made from is dropped). */
function syntheticRegistry(n: number): Buffer {
  const entries = [];
  for (let i = 0; i < n; i++) {
    const year = 1990 + (i % 36);
    const number = (i % 9973) + 1;
    const shape = i % 4;
    const issuer = ISSUERS[i % ISSUERS.length]!;
    const symbol =
      shape === 0 ? `${number}/QĐ-${issuer}` : shape === 1 ? `${number}/${year}/NĐ-CP` : shape === 2 ? `${number}-NQ/TU` : `${number}/${issuer}-VP`;
    entries.push({
      symbol,
      type: shape === 1 ? 'Nghị định' : shape === 2 ? 'Nghị quyết' : 'Quyết định',
      issuer: shape === 2 ? `Ban Thường vụ Tỉnh ủy ${PROVINCES[i % 8]}` : 'Ủy ban nhân dân tỉnh',
      jurisdiction: shape === 1 ? 'Trung ương' : PROVINCES[i % 8],
      date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Về việc ban hành quy định số ${i} về quản lý nhà nước trong lĩnh vực chuyển đổi số`,
      status: 'in-force',
    });
  }
  return Buffer.from(JSON.stringify({ version: 1, entries }));
}

const MB = (bytes: number) => (bytes / 1e6).toFixed(0).padStart(4);

function registryLoad(n: number): void {
  const bytes = syntheticRegistry(n);
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const parsed = parseRegistry(bytes, 'json', 'synthetic.json');
  const r = new Registry([parsed.entries]);
  const ms = performance.now() - t0;
  gc();
  const after = process.memoryUsage();
  // a lookup, then a first read of each hit's full entry (decoded from the bytes, then kept)
  const t1 = performance.now();
  let hits = 0;
  for (let i = 0; i < 10_000; i++) hits += r.lookup(`${(i % 9973) + 1}/QĐ-UBND`).length;
  const lookupUs = ((performance.now() - t1) / 10_000) * 1000;
  const t2 = performance.now();
  let dated = 0;
  for (let i = 0; i < 10_000; i++) for (const e of r.lookup(`${(i % 9973) + 1}/QĐ-UBND`)) if (e.entry.date) dated++;
  const readUs = ((performance.now() - t2) / 10_000) * 1000;
  console.log(
    `  ${String(n).padStart(7)} entries  ${(bytes.length / 1e6).toFixed(1).padStart(6)} MB JSON  load ${ms.toFixed(0).padStart(5)} ms  heap +${MB(after.heapUsed - before.heapUsed)} MB  typed arrays +${MB(after.arrayBuffers - before.arrayBuffers)} MB  RSS ${MB(after.rss)} MB (process)  lookup ${lookupUs.toFixed(2)} µs, with first reads ${readUs.toFixed(1)} µs  (${r.size} indexed, ${hits} hits, ${dated} dated)`,
  );
}

// Each measure runs in a process of its own, so that one does not pay for the heap another left
// (the 50 MB text's analysis slowed the corpus run that followed it by ~70%).
const part = process.argv[2];
if (part === undefined) {
  console.log(`Vanban benchmark — Node ${process.version}, one core, best of ${RUNS}, each part in its own process`);
  for (const p of ['seeds', 'seed-files', 'corpus', 'registry']) {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, p], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
} else if (part === 'seeds') {
  throughput('seeds repeated to 50 MB (one text)', [seedCopiesTo50MB().join('\n')]);
} else if (part === 'seed-files') {
  // the same text as a CI run reads it, file by file: one text's analysis is not held while the next is read
  throughput('the same 50 MB as texts of one seed each', seedCopiesTo50MB());
} else if (part === 'corpus') {
  if (existsSync(CORPUS)) {
    const files = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f));
    throughput('../shared/corpus', files.map((f) => readFileSync(join(CORPUS, f), 'utf8')));
  } else console.log('\n../shared/corpus not found: skipped');
} else {
  console.log('\nregistry load (the file\'s bytes → validated, indexed registry; the registry keeps the bytes, outside the heap):');
  for (const n of [1_000, 100_000, 500_000]) registryLoad(n);
}
