import { SharedFreshRun } from './shared-fresh-run';

/** A task whose runs finish when the test says: each run is numbered in the order it started. */
function gatedTask() {
  const finishers: Array<(value: number) => void> = [];
  let started = 0;
  const task = () => new Promise<number>((resolve) => {
    const run = ++started;
    finishers.push(() => resolve(run));
  });
  return { task, started: () => started, finish: (run: number) => finishers[run - 1]!(run) };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedFreshRun: one run in flight, every caller answered by a run that started after it asked', () => {
  it('given no run in flight, starts one for the caller', async () => {
    const gate = gatedTask();
    const shared = new SharedFreshRun(gate.task);
    const answer = shared.run();
    expect(gate.started()).toBe(1);
    gate.finish(1);
    await expect(answer).resolves.toBe(1);
  });

  it('given a run in flight, callers wait for the next run and all share it', async () => {
    const gate = gatedTask();
    const shared = new SharedFreshRun(gate.task);
    const first = shared.run();
    const later = [shared.run(), shared.run(), shared.run()];
    expect(gate.started()).toBe(1); // not two at once
    gate.finish(1);
    await tick();
    expect(gate.started()).toBe(2);
    const afterTheSecondStarted = shared.run(); // the second run may have read the state before this caller
    gate.finish(2);
    await expect(first).resolves.toBe(1);
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
    await tick();
    expect(gate.started()).toBe(3);
    gate.finish(3);
    await expect(afterTheSecondStarted).resolves.toBe(3);
  });

  it('given a run that fails, its caller gets the failure and the waiting callers a fresh run', async () => {
    let runs = 0;
    const shared = new SharedFreshRun(async () => {
      runs += 1;
      await tick();
      if (runs === 1) throw new Error('first run failed');
      return runs;
    });
    const first = shared.run();
    const waiting = shared.run();
    await expect(first).rejects.toThrow('first run failed');
    await expect(waiting).resolves.toBe(2);
    await expect(shared.run()).resolves.toBe(3);
  });

  it('idle() settles only once the run under way and the one queued behind it have ended', async () => {
    const gate = gatedTask();
    const shared = new SharedFreshRun(gate.task);
    let idle = false;
    void shared.idle().then(() => (idle = true));
    await tick();
    expect(idle).toBe(true); // nothing in flight
    void shared.run();
    void shared.run();
    idle = false;
    void shared.idle().then(() => (idle = true));
    gate.finish(1);
    await tick();
    expect(idle).toBe(false); // the queued run is under way now
    gate.finish(2);
    await tick();
    await tick();
    expect(idle).toBe(true);
  });
});
