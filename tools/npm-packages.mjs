// What the data-building scripts share: npm packages installed at pinned versions into a temporary
// folder that is deleted afterwards, and a check that each package still says the licence we rely on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Installs `packages` (name@version) and calls `use` with their node_modules folder. */
export function withPackages(packages, use) {
  const dir = mkdtempSync(join(tmpdir(), 'currents-npm-'));
  try {
    execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--silent', ...packages], { stdio: 'inherit' });
    return use(join(dir, 'node_modules'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fails unless `file` still contains `expected`, the licence the generated data relies on. */
export function checkLicence(file, expected) {
  if (!readFileSync(file, 'utf8').includes(expected)) throw new Error(`${file} does not say ${expected}: check the licence`);
}
