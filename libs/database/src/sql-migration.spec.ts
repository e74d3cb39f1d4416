import type { QueryRunner } from 'typeorm';
import { sqlMigration } from './sql-migration';

/** A stand-in for TypeORM's QueryRunner that records each statement it is asked to run. */
function recordingRunner() {
  const ran: string[] = [];
  const runner = { query: async (statement: string) => void ran.push(statement) } as unknown as QueryRunner;
  return { ran, runner };
}

describe('sqlMigration', () => {
  const Tables = sqlMigration('Tables1700000000001', {
    up: ['CREATE TABLE a ()', 'CREATE TABLE b ()'],
    down: ['DROP TABLE b', 'DROP TABLE a'],
  });

  it('keeps the name on the class and on its instances', () => {
    expect(Tables.name).toBe('Tables1700000000001');
    expect(new Tables().name).toBe('Tables1700000000001');
  });

  it('up runs its own statements in order', async () => {
    const { ran, runner } = recordingRunner();
    await new Tables().up(runner);
    expect(ran).toEqual(['CREATE TABLE a ()', 'CREATE TABLE b ()']);
  });

  it('down runs its own statements in order', async () => {
    const { ran, runner } = recordingRunner();
    await new Tables().down(runner);
    expect(ran).toEqual(['DROP TABLE b', 'DROP TABLE a']);
  });

  it('a down that refuses rejects with the message and runs nothing', async () => {
    const Events = sqlMigration('Events1700000000002', {
      up: ['CREATE TABLE events ()'],
      down: { refuse: 'forward only' },
    });
    const { ran, runner } = recordingRunner();
    await expect(new Events().down(runner)).rejects.toThrow(new Error('forward only'));
    expect(ran).toEqual([]);
  });
});
