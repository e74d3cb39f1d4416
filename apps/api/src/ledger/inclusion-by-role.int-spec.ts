import { ROLES } from '@casetrail/domain';
import type { RecordedEvent } from '@casetrail/event-store';
import { fromBase64, generateSigningKey, leafHash, openLedgerEntry, opensCommitment, toBase64, verifyInclusion } from '@casetrail/ledger';
import { givenCases } from '../../../../libs/ledger/src/postgres/testing/ledger-test-database';
import { wholeLog } from '../../../../libs/ledger/src/postgres/testing/whole-log';
import { ROLES_KEY } from '../auth/roles.decorator';
import { CaseQueriesController } from '../cases/queries/case-queries.controller';
import { TIMELINE_ROLES } from './inclusion-answer';
import { startLedgerApp, type LedgerApp } from './testing/ledger-app';

const key = generateSigningKey('casetrail/by-role-test');

/** GET /v1/ledger/proofs/inclusion gives each role the parts of a leaf it may see. */
describe('inclusion proofs by role', () => {
  let ledger: LedgerApp;
  let log: RecordedEvent[];
  const get = (path: string, token?: string) => ledger.get(path, token);

  beforeAll(async () => {
    ledger = await startLedgerApp(key, { CASETRAIL_LEDGER: 'off' });
    await givenCases(ledger.store, 6, 43);
    log = await wholeLog(ledger.store);
  }, 60_000);
  afterAll(() => ledger.close());

  it('given the timeline route, then the roles that get a leaf\'s private part are exactly the roles that read the timeline', () => {
    expect([...TIMELINE_ROLES].sort()).toEqual([...Reflect.getMetadata(ROLES_KEY, CaseQueriesController.prototype.timeline)].sort());
  });

  it.each(ROLES)('given a %s, then each proof carries the parts that role may see, and verifies', async (role) => {
    const token = await ledger.userToken(role);
    const { body: checkpoint } = await get('/v1/ledger/checkpoint').expect(200);
    const victimEvent = log.find((event) => event.type === 'VictimIdentified')!;
    const suspectEvent = log.find((event) => event.type === 'SuspectIdentified')!;
    for (const event of [log[0]!, suspectEvent, victimEvent]) {
      const { body } = await get(`/v1/ledger/proofs/inclusion?eventId=${event.eventId}`, token).expect(200);
      const entry = fromBase64(body.entry);
      const opened = openLedgerEntry(entry);
      expect(body.publicPart).toEqual(opened.publicPart);
      expect(body.commitment).toBe(toBase64(opened.commitment));
      expect(verifyInclusion(leafHash(entry), body.leafIndex, body.treeSize, (body.auditPath as string[]).map(fromBase64), fromBase64(checkpoint.rootHash))).toBe(true);
      const text = Buffer.from(entry).toString('utf8');
      expect(text).not.toContain(event.actor.userId);
      if (event === victimEvent) expect(body.publicPart).toBeNull();
      else expect(body.publicPart).toMatchObject({ kind: 'case', caseId: event.streamId, eventId: event.eventId, type: event.type });
      if (event === suspectEvent) expect(Object.keys(body.publicPart.data).sort()).toEqual(['isGovernmentOfficial', 'suspectRef']);
      if (TIMELINE_ROLES.includes(role)) {
        expect(opensCommitment(opened, fromBase64(body.privatePart), fromBase64(body.salt))).toBe(true);
        expect(JSON.parse(Buffer.from(fromBase64(body.privatePart)).toString('utf8'))).toMatchObject({ eventId: event.eventId, actor: event.actor, data: event.data });
      } else {
        expect(body).toMatchObject({ privatePart: null, salt: null });
      }
    }
  });
});
