import { DEFAULT_FLAG_RULES, redFlagsOf, type FlagRules, type RedFlag } from '../flags';
import { storedCaseEvent, type ReportEvent } from '../report-event';

/** One thing a figure counted: the event that counts it, in its case, with the accused, summons or victim it is about. */
export interface CountedItem {
  readonly caseId: string;
  readonly eventId: string;
  readonly suspectRef?: string;
  readonly summonsRef?: string;
  readonly victimRef?: string;
  /** As corrected. */
  readonly occurredAt: string;
  readonly recordedAt: string;
}

/** A counted event with its time in ms (as corrected) and its data. */
export interface Counted {
  readonly item: CountedItem;
  readonly at: number;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface AccusedItems {
  identified: Counted | null;
  official: boolean;
  firstCharged: Counted | null;
  verdict: Counted | null;
  withdrawn: Counted | null;
}

/** One case's events that figures count, each kept as the event (the same reading as `caseFacts`, with ids). */
export interface CaseItems {
  readonly caseId: string;
  form: string;
  readonly investigations: { opened: Counted; endedAt: number | null }[];
  readonly investigationsClosed: Counted[];
  readonly accused: Map<string, AccusedItems>;
  readonly sentences: Counted[];
  readonly summonses: Map<string, { issued: Counted; served: Counted | null; failed: Counted[] }>;
  readonly dockets: { submitted: Counted; decidedAt: number | null }[];
  readonly docketsReportedMissing: Counted[];
  readonly docketsReconstructed: Counted[];
  readonly victims: Counted[];
  readonly referrals: Counted[];
  readonly flags: readonly RedFlag[];
  /** Every event of the case as counted, by id (what raised a flag). */
  readonly events: Map<string, Counted>;
}

const str = (value: unknown) => String(value);

const REFS = ['suspectRef', 'summonsRef', 'victimRef'] as const;

/** The event as counted: its ids, the refs its data names, its times. */
function countedOf(event: ReportEvent): Counted {
  const { caseId, eventId, occurredAt, recordedAt, data } = event;
  const refs = Object.fromEntries(REFS.filter((ref) => typeof data[ref] === 'string').map((ref) => [ref, data[ref]]));
  return { item: { caseId, eventId, ...refs, occurredAt, recordedAt }, at: Date.parse(occurredAt), data };
}

/** Reads one case's events (as known at the report's moment, corrections applied), keeping each counted event. */
export function caseItems(caseId: string, events: readonly ReportEvent[], rules: FlagRules = DEFAULT_FLAG_RULES): CaseItems {
  const c: CaseItems = {
    caseId, form: 'unknown', investigations: [], investigationsClosed: [], accused: new Map(), sentences: [], summonses: new Map(),
    dockets: [], docketsReportedMissing: [], docketsReconstructed: [], victims: [], referrals: [],
    flags: redFlagsOf(caseId, events.flatMap(storedCaseEvent), rules), events: new Map(),
  };
  const accusedOf = (suspectRef: string) => {
    const found = c.accused.get(suspectRef) ?? { identified: null, official: false, firstCharged: null, verdict: null, withdrawn: null };
    c.accused.set(suspectRef, found);
    return found;
  };
  const endsOfInvestigation: number[] = [];
  for (const event of events) {
    const d = event.data;
    const suspectRef = str(d.suspectRef);
    const summonsRef = str(d.summonsRef);
    const counted = countedOf(event);
    c.events.set(event.eventId, counted);
    switch (event.type) {
      case 'CaseReferred': c.form = str(d.form); break;
      case 'InvestigationOpened': c.investigations.push({ opened: counted, endedAt: null }); break;
      case 'InvestigationClosed': c.investigationsClosed.push(counted); endsOfInvestigation.push(counted.at); break;
      case 'CaseClosed': endsOfInvestigation.push(counted.at); break;
      case 'SuspectIdentified': {
        const accused = accusedOf(suspectRef);
        accused.identified = counted;
        accused.official = d.isGovernmentOfficial === true;
        break;
      }
      case 'ChargesFiled': {
        const accused = accusedOf(suspectRef);
        if (accused.firstCharged === null || counted.at < accused.firstCharged.at) accused.firstCharged = counted;
        break;
      }
      case 'VerdictDelivered': accusedOf(suspectRef).verdict = counted; break;
      case 'ChargesWithdrawn': accusedOf(suspectRef).withdrawn = counted; break;
      case 'SentenceImposed': c.sentences.push(counted); break;
      case 'DocketSubmittedToDpp': c.dockets.push({ submitted: counted, decidedAt: null }); break;
      case 'DocketReportedMissing': c.docketsReportedMissing.push(counted); break;
      case 'DocketReconstructed': c.docketsReconstructed.push(counted); break;
      case 'DppDecisionRecorded':
        for (const docket of c.dockets) if (docket.decidedAt === null && docket.submitted.at <= counted.at) docket.decidedAt = counted.at;
        if (d.decision === 'decline') endsOfInvestigation.push(counted.at);
        break;
      case 'SummonsIssued': c.summonses.set(summonsRef, { issued: counted, served: null, failed: [] }); break;
      case 'SummonsServed': {
        const summons = c.summonses.get(summonsRef);
        if (summons) summons.served = counted;
        break;
      }
      case 'SummonsServiceFailed': c.summonses.get(summonsRef)?.failed.push(counted); break;
      case 'VictimIdentified': c.victims.push(counted); break;
      case 'VictimReferredToServices': c.referrals.push(counted); break;
      default: break;
    }
  }
  // The first charges in the case end the investigation that was open then (as `caseFacts` reads it).
  const firstCharges = Math.min(...[...c.accused.values()].map((a) => a.firstCharged?.at ?? Infinity));
  if (Number.isFinite(firstCharges)) endsOfInvestigation.push(firstCharges);
  for (const spell of c.investigations) {
    const end = Math.min(...endsOfInvestigation.filter((t) => t >= spell.opened.at));
    spell.endedAt = Number.isFinite(end) ? end : null;
  }
  return c;
}
