import { advanced, CAUGHT_UP, type BatchOutcome } from './batch-outcome';
import { FollowLoop, type FollowLoopOptions } from './follow-loop';
import { FailedOnEvent, type Stall } from './stall';

/** A step whose answers the test scripts: each call takes the next one (a function throws when it throws). */
function scripted(...answers: (BatchOutcome | (() => never))[]) {
  const calls: boolean[] = [];
  const step = async (afterFailure: boolean): Promise<BatchOutcome> => {
    calls.push(afterFailure);
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    return typeof answer === 'function' ? answer() : answer;
  };
  return { step, calls };
}

const failOn = (eventId: string, message: string) => () => {
  throw new FailedOnEvent(eventId, new Error(message));
};

describe('the follow loop', () => {
  let loop: FollowLoop;
  const stalls: Stall[] = [];
  const recoveries: Stall[] = [];
  let clock = Date.parse('2024-05-01T10:00:00.000Z');

  const start = (options: Pick<FollowLoopOptions, 'step'> & Partial<FollowLoopOptions>) => {
    loop = new FollowLoop({
      component: 'projection:tally', idleMs: 1000, backoffMs: 100, maxBackoffMs: 400,
      onStall: (stall) => stalls.push(stall), onRecovery: (stall) => recoveries.push(stall), now: () => new Date(clock),
      ...options,
    });
    loop.start();
  };

  beforeEach(() => {
    jest.useFakeTimers();
    stalls.length = 0;
    recoveries.length = 0;
  });
  afterEach(async () => {
    const stopped = loop.stop();
    await jest.runOnlyPendingTimersAsync();
    await stopped;
    jest.useRealTimers();
  });

  it('given steps that advance, runs them back to back; once caught up, sleeps until the next poll', async () => {
    const { step, calls } = scripted(advanced(5), advanced(5), CAUGHT_UP);
    start({ step });
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(4);
  });

  it('given a wake while caught up, looks at once', async () => {
    const { step, calls } = scripted(CAUGHT_UP);
    start({ step });
    await jest.advanceTimersByTimeAsync(0);
    loop.wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
  });

  it('given a step that keeps failing on an event, retries it with a growing backoff and reports the stall once', async () => {
    const { step, calls } = scripted(failOn('e-1', 'lone surrogate'));
    start({ step });
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([false]);
    loop.wake(); // an append does not cut a backoff short
    await jest.advanceTimersByTimeAsync(99);
    expect(calls).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1); // 100 ms, then 200, then 400, 400: 1,100 ms in all
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([false, true, true, true, true]);
    expect(stalls).toEqual([
      { component: 'projection:tally', eventId: 'e-1', reason: 'lone surrogate', since: '2024-05-01T10:00:00.000Z' },
    ]);
    expect(loop.stall).toEqual({ ...stalls[0], attempts: 5 });
  });

  it('given the reason changes, reports the stall again, still since it began; given a step that then advances, reports the recovery', async () => {
    const { step } = scripted(failOn('e-1', 'first reason'), failOn('e-1', 'first reason'), failOn('e-1', 'second reason'), advanced(1), CAUGHT_UP);
    start({ step });
    await jest.advanceTimersByTimeAsync(0);
    clock += 60_000;
    await jest.advanceTimersByTimeAsync(300);
    expect(stalls.map((s) => [s.reason, s.since])).toEqual([
      ['first reason', '2024-05-01T10:00:00.000Z'],
      ['second reason', '2024-05-01T10:00:00.000Z'],
    ]);
    await jest.advanceTimersByTimeAsync(400);
    expect(recoveries).toEqual([stalls[1]]);
    expect(loop.stall).toBeNull();
  });

  it('given a failure quoting what it failed on, reports the reason without the quoted value', async () => {
    const { step } = scripted(failOn('e-2', 'invalid input syntax for type uuid: "Mpho Mokoena"'));
    start({ step });
    await jest.advanceTimersByTimeAsync(0);
    expect(loop.stall?.reason).toBe('invalid input syntax for type uuid: "…"');
  });

  it('given a failure that names no event, reports it without one', async () => {
    const { step } = scripted(() => {
      throw new Error('connection refused');
    });
    start({ step });
    await jest.advanceTimersByTimeAsync(0);
    expect(loop.stall).toMatchObject({ eventId: null, reason: 'connection refused' });
  });

  it('given a wake-up source, starts it with the loop and closes it on stop', async () => {
    const { step, calls } = scripted(CAUGHT_UP);
    let wakeFromElsewhere = () => undefined as void;
    const closed = jest.fn(async () => undefined);
    start({ step, listen: (wake) => ((wakeFromElsewhere = wake), { close: closed }) });
    await jest.advanceTimersByTimeAsync(0);
    wakeFromElsewhere();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    const stopped = loop.stop();
    await jest.runOnlyPendingTimersAsync();
    await stopped;
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
