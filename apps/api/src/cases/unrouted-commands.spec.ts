import { CASE_COMMAND_TYPES } from '@casetrail/domain';
import * as bus from './commands';
import { UNROUTED_COMMANDS } from './unrouted-commands';

/** Every command a route sends has its class (named as the command) and handler on the command bus. */
const routed = new Set<string>(
  Object.values(bus)
    .filter((value) => typeof value === 'function')
    .map((command) => (command as { name: string }).name),
);

describe('the domain commands without a route', () => {
  it('given every domain command, then each is either sent by a route or listed as unrouted, never both', () => {
    expect(CASE_COMMAND_TYPES.filter((type) => routed.has(type) === UNROUTED_COMMANDS.includes(type))).toEqual([]);
  });

  it('given the bus, then it carries domain commands only', () => {
    expect([...routed].filter((name) => !(CASE_COMMAND_TYPES as readonly string[]).includes(name))).toEqual([]);
  });
});
