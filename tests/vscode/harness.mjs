// Shared by the editor tests: a throwaway VS Code user profile, waiting for a server, Debian's
// Chromium through playwright-core (no browser download), and stopping a process group.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export function profile(run, settings = {}) {
  mkdirSync(join(run, 'ud/User'), { recursive: true });
  writeFileSync(join(run, 'ud/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false, ...settings }));
  return { ...process.env, XDG_CONFIG_HOME: join(run, 'xdg-config'), XDG_DATA_HOME: join(run, 'xdg-data'), XDG_CACHE_HOME: join(run, 'xdg-cache'), TMPDIR: run };
}

export async function waitForHttp(url, tries = 120) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

export function launchChromium(run) {
  const udd = mkdtempSync(join(run, 'chromium-'));
  return chromium.launchPersistentContext(udd, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    env: { ...process.env, HOME: udd, XDG_CONFIG_HOME: `${udd}/.config`, XDG_CACHE_HOME: `${udd}/.cache` },
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Kills a detached child and everything it started (extension host, language server). */
export function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}
