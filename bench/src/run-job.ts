import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { Job, JobReply } from './jobs';
import type { Outcome } from './outcome';
import { ALIASES } from './paths';

const CHILD = join(__dirname, 'child.js');
/** A job that has not answered by then (unless it asks for longer) is stopped and reported as failed. */
const JOB_TIMEOUT_MINUTES = 15;

/** Node options for the child (a larger heap) and a longer timeout, for the jobs that need them. */
export interface JobOptions {
  readonly nodeOptions?: readonly string[];
  readonly timeoutMinutes?: number;
}

/** Runs `job` in a child process of its own and answers its result (or its failure). */
export function runJob<T>(job: Job, { nodeOptions = [], timeoutMinutes = JOB_TIMEOUT_MINUTES }: JobOptions = {}): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [JSON.stringify(job)], { execArgv: [...nodeOptions, '-r', ALIASES], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    const settle = (outcome: Outcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle({ ok: false, error: `timed out after ${timeoutMinutes} minutes` });
    }, timeoutMinutes * 60_000);
    child.on('message', (reply: JobReply) => settle(reply.ok ? { ok: true, result: reply.result as T } : reply));
    child.on('exit', (code, signal) => settle({ ok: false, error: `the child process exited (${signal ?? code}) without an answer` }));
  });
}
