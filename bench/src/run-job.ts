import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { Job, JobReply } from './jobs';
import type { Outcome } from './outcome';
import { ALIASES } from './paths';

const CHILD = join(__dirname, 'child.js');
/** A job that has not answered by then is stopped and reported as failed. */
const JOB_TIMEOUT_MS = 15 * 60_000;

/** Runs `job` in a child process of its own and answers its result (or its failure). */
export function runJob<T>(job: Job): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [JSON.stringify(job)], { execArgv: ['-r', ALIASES], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    const settle = (outcome: Outcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle({ ok: false, error: `timed out after ${JOB_TIMEOUT_MS / 60_000} minutes` });
    }, JOB_TIMEOUT_MS);
    child.on('message', (reply: JobReply) => settle(reply.ok ? { ok: true, result: reply.result as T } : reply));
    child.on('exit', (code, signal) => settle({ ok: false, error: `the child process exited (${signal ?? code}) without an answer` }));
  });
}
