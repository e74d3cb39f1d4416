import { Inject, Injectable } from '@nestjs/common';
import { decodeCaseEvent, foldCase, occurredBy, type DecodedCaseRecord, type Role } from '@casetrail/domain';
import type { EventStore, RecordedEvent } from '@casetrail/event-store';
import { caseRedFlags, isOpenAt, type FlagKind } from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { CLOCK, EVENT_STORE } from '../../config/tokens';
import type { Clock } from '../../clock';
import { caseNotFound } from '../../http/api-error';
import { AccessLog } from '../../access-log/access-log';
import { PersonalDataVault } from '../../personal-data/personal-data.vault';
import { assertInScope } from '../case-scope';
import { toCaseView, type CaseView } from './case-view';
import type { TimelineEntry } from '@casetrail/contract';
import { toTimeline } from './timeline';

/** Roles that need a person's identifying details for their work on a case. */
const SEES_PERSONAL_DATA: readonly Role[] = ['investigator', 'prosecutor', 'victim_services'];
/** Roles that read red flags (GET /v1/flags), and so a case's open ones. */
const READS_FLAGS: readonly Role[] = ['admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'coordinator'];

export interface TimeTravel {
  readonly asOf?: string;
  readonly knownAt?: string;
  readonly version?: number;
}

type CaseRecord = DecodedCaseRecord<RecordedEvent>;

/** Case queries answered straight from the case's stream. */
@Injectable()
export class CaseQueries {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
    private readonly accessLog: AccessLog,
  ) {}

  /**
   * The case now or as it stood. Scope is checked against the case as it is now, whatever moment is
   * asked for; a moment before the case existed is answered as an unknown case is.
   */
  async view(user: User, caseId: string, travel: TimeTravel): Promise<CaseView> {
    const current = await this.store.readStream({ kind: 'case', id: caseId });
    assertInScope(user, caseId, foldCase(current.map(decodeCaseEvent)));
    const recorded =
      travel.knownAt !== undefined
        ? await this.store.readStream({ kind: 'case', id: caseId }, {
            recordedAtOrBefore: travel.knownAt,
            ...(travel.version !== undefined ? { toVersion: travel.version } : {}),
          })
        : current.slice(0, travel.version ?? current.length);
    const decoded = recorded.map(decodeCaseEvent);
    const events = travel.asOf !== undefined ? occurredBy(decoded, travel.asOf) : decoded;
    const state = foldCase(events);
    if (state.status === 'not_referred') throw caseNotFound(caseId);
    const at = travel.asOf ?? this.clock.now().toISOString();
    const view = toCaseView(state, recorded.length, at);
    // The moment flags are judged at, as GET /v1/flags judges them.
    if (READS_FLAGS.includes(user.role)) view.openFlags = openFlagKinds(caseId, decoded, travel.asOf ?? travel.knownAt ?? at);
    if (SEES_PERSONAL_DATA.includes(user.role)) {
      const shown = await this.revealPersonalData(view, events);
      await this.accessLog.personalDataShown(user, caseId, shown, null);
    }
    return view;
  }

  async timeline(user: User, caseId: string): Promise<{ version: number; events: TimelineEntry[] }> {
    const recorded = await this.store.readStream({ kind: 'case', id: caseId });
    assertInScope(user, caseId, foldCase(recorded.map(decodeCaseEvent)));
    return { version: recorded.length, events: toTimeline(recorded) };
  }

  /** Opens each person's sealed details in place (an erased person shows `personal: null`); answers whose were shown. */
  private async revealPersonalData(view: CaseView, events: readonly CaseRecord[]): Promise<string[]> {
    const shown: string[] = [];
    const people = [...view.victims, ...view.accused];
    for (const person of people) {
      if (!person.subjectRef) continue;
      const identified = events.find(
        ({ event }) => (event.type === 'VictimIdentified' || event.type === 'SuspectIdentified') && event.data.subjectRef === person.subjectRef,
      );
      const sealed = identified && 'personal' in identified.event.data ? identified.event.data.personal : null;
      person.personal = identified && sealed ? await this.vault.open(person.subjectRef, identified.eventId, sealed) : null;
      if (person.personal) shown.push(person.subjectRef);
    }
    return shown;
  }
}

/**
 * The kinds of red flag open on the case at `at`, from the events known (as the flags route computes
 * them: every known event judged, then what held at that moment).
 */
function openFlagKinds(caseId: string, known: readonly CaseRecord[], at: string): FlagKind[] {
  const open = caseRedFlags(caseId, known).filter((flag) => isOpenAt(flag, at));
  return [...new Set(open.map((flag) => flag.kind))].sort();
}
