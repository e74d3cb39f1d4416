import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT as ROOT } from './paths';

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** What the figures were measured on: hardware, load, and the versions of everything measured. */
export function describeMachine(): Record<string, unknown> {
  const cpu = cpus();
  return {
    os: `${osType()} ${release()}`,
    cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
    loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)),
    node: process.version,
    casetrailCommit: git(['rev-parse', '--short', 'HEAD']),
    /** Uncommitted changes in the work tree when the bench ran (other work in progress is measured too). */
    uncommittedFiles: git(['status', '--porcelain']).split('\n').filter(Boolean).length,
    packages: Object.fromEntries(
      ['pg', '@event-driven-io/emmett', '@event-driven-io/emmett-postgresql', 'autocannon', '@nestjs/core', 'typescript'].map((name) => [
        name,
        packageVersion(name),
      ]),
    ),
  };
}

/** The 1-, 5- and 15-minute load averages now: other work on the machine skews every figure. */
export const loadNow = () => loadavg().map((l) => +l.toFixed(2));
