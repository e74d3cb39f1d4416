import { given } from '../../testing/given';
import { command, convicted, day, ev, investigating, referred, S1, V1 } from '../../testing/fixtures';

/**
 * Issue #20: acts that stay open after a step that closes another act of the same person. Each test was seen
 * failing with the rule for the other act applied in its place (StrykerJS: the survivors of docs/testing.md 5).
 */
describe('an act after a step of the same person', () => {
  it('provides a protection service to a victim after their repatriation (reintegration at home)', () => {
    const repatriated = [...referred, ev.victimIdentified(), ev.victimRepatriated()];
    const service = { victimRef: V1, occurredAt: day(23), service: 'medical', provider: 'Queen II Hospital', governmentFunded: true } as const;
    given(repatriated)
      .when(command('RecordProtectionService', service))
      .then([{ type: 'ProtectionServiceProvided', data: service }]);
  });

  it('records an allegation of official complicity against a suspect already arrested', () => {
    given([...investigating, ev.suspectArrested()])
      .when(command('AllegeOfficialComplicity', { suspectRef: S1, occurredAt: day(6), agency: 'LMPS' }))
      .then([ev.complicityAlleged({ occurredAt: day(6) })]);
  });

  it("files an appellant's second appeal against an accused once the first is decided, not before", () => {
    const file = command('FileAppeal', { appealRef: 'appeal-2', suspectRef: S1, occurredAt: day(41), appellant: 'crown' });
    given([...convicted, ev.appealFiled()]).when(file).thenRefused('APPEAL_ALREADY_PENDING');
    given([...convicted, ev.appealFiled(), ev.appealDecided()])
      .when(file)
      .then([ev.appealFiled({ appealRef: 'appeal-2', occurredAt: day(41) })]);
  });
});
