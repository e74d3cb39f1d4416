import { TurnoverRunner } from './turnover-runner';
import type { TurnoverResult } from './epoch-turnover';

/** A turnover the test finishes by hand: each call is a run, resolved or failed when the test says. */
function manualTurnover() {
  const runs: { resolve: (r: TurnoverResult) => void; reject: (e: Error) => void }[] = [];
  const turnOver = () => new Promise<TurnoverResult>((resolve, reject) => runs.push({ resolve, reject }));
  return { runs, turnOver };
}
const done = (n: number): TurnoverResult => ({ opened: null, retired: [`ep_${n}`] });
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('the turnover runner: one run at a time, and every request answered by a run that started after it', () => {
  it('given a run in progress, requests made meanwhile share one more run after it', async () => {
    const { runs, turnOver } = manualTurnover();
    const runner = new TurnoverRunner(turnOver);
    const first = runner.request();
    const second = runner.request();
    const third = runner.request();
    expect(runs).toHaveLength(1);
    runs[0]!.resolve(done(1));
    await expect(first).resolves.toEqual(done(1));
    await flush();
    expect(runs).toHaveLength(2);
    runs[1]!.resolve(done(2));
    await expect(second).resolves.toEqual(done(2));
    await expect(third).resolves.toEqual(done(2));
  });

  it('given a failed run, tries again after retryMs while it fails; stop cancels the next try', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    try {
      const { runs, turnOver } = manualTurnover();
      const errors: unknown[] = [];
      const runner = new TurnoverRunner(turnOver, { retryMs: 1000, onError: (e) => errors.push(e) });
      const first = runner.request();
      runs[0]!.reject(new Error('disk full'));
      await expect(first).rejects.toThrow('disk full');
      expect(errors).toHaveLength(1);
      jest.advanceTimersByTime(999);
      expect(runs).toHaveLength(1);
      jest.advanceTimersByTime(1);
      expect(runs).toHaveLength(2);
      runs[1]!.reject(new Error('still full'));
      await flush();
      await runner.stop();
      jest.advanceTimersByTime(5000);
      expect(runs).toHaveLength(2);
      await expect(runner.request()).rejects.toThrow('stopped');
    } finally {
      jest.useRealTimers();
    }
  });

  it('given a failed run with a request already waiting, runs that request next and sets no retry of its own', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    try {
      const { runs, turnOver } = manualTurnover();
      const runner = new TurnoverRunner(turnOver, { retryMs: 1000 });
      const first = runner.request();
      const waiting = runner.request();
      runs[0]!.reject(new Error('disk full'));
      await expect(first).rejects.toThrow('disk full');
      await flush();
      expect(runs).toHaveLength(2);
      runs[1]!.resolve(done(2));
      await expect(waiting).resolves.toEqual(done(2));
      jest.advanceTimersByTime(5000);
      expect(runs).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
