import { DEFAULT_FLAG_RULES, redFlagsOf, type FlagRules, type RedFlag } from './flags';
import { storedCaseEvent, type ReportEvent } from './report-event';

/** Milestones of one case, as times in ms since the epoch, read off its (corrected) events. */
export interface CaseFacts {
  readonly caseId: string;
  readonly form: string;
  readonly investigations: { openedAt: number; endedAt: number | null }[];
  readonly investigationsClosedAt: number[];
  readonly accused: Map<string, AccusedFacts>;
  readonly sentences: SentenceFacts[];
  readonly summonses: Map<string, { issuedAt: number; servedAt: number | null; failedAt: number[] }>;
  readonly dockets: { submittedAt: number; decidedAt: number | null }[];
  readonly victims: Map<string, VictimFacts>;
  readonly referrals: { victimRef: string; at: number }[];
  readonly docketsReportedMissingAt: number[];
  readonly docketsReconstructedAt: number[];
  /** Every red flag of the case, as its events read (see `flags/`). */
  readonly flags: readonly RedFlag[];
}

export interface AccusedFacts {
  official: boolean;
  identifiedAt: number | null;
  firstChargedAt: number | null;
  verdict: { outcome: string; statute: string; at: number } | null;
  withdrawnAt: number | null;
}

export interface SentenceFacts {
  readonly at: number;
  readonly imprisonmentMonths: number;
  readonly suspendedMonths: number;
  readonly fine: number | null;
  readonly fineInLieuOfPrison: boolean;
}

export interface VictimFacts {
  /** The VictimIdentified event's id: the victim's record id in the figures that count them. */
  eventId: string;
  identifiedAt: number;
  sex: string;
  ageGroup: string;
  nationality: string;
  form: string;
  identifiedBy: string;
}

const str = (value: unknown) => String(value);

function accusedOf(facts: CaseFacts, suspectRef: string): AccusedFacts {
  let accused = facts.accused.get(suspectRef);
  if (!accused) {
    accused = { official: false, identifiedAt: null, firstChargedAt: null, verdict: null, withdrawnAt: null };
    facts.accused.set(suspectRef, accused);
  }
  return accused;
}

/** Reads one case's events (already as known at the report's moment, corrections applied). */
export function caseFacts(caseId: string, events: readonly ReportEvent[], rules: FlagRules = DEFAULT_FLAG_RULES): CaseFacts {
  const facts: CaseFacts = {
    caseId, form: 'unknown', investigations: [], investigationsClosedAt: [], accused: new Map(), sentences: [],
    summonses: new Map(), dockets: [], victims: new Map(), referrals: [], docketsReportedMissingAt: [],
    docketsReconstructedAt: [], flags: redFlagsOf(caseId, events.flatMap(storedCaseEvent), rules),
  };
  const endsOfInvestigation: number[] = [];
  let form = 'unknown';
  for (const event of events) {
    const at = Date.parse(event.occurredAt);
    const d = event.data;
    switch (event.type) {
      case 'CaseReferred':
        form = str(d.form);
        break;
      case 'InvestigationOpened':
        facts.investigations.push({ openedAt: at, endedAt: null });
        break;
      case 'InvestigationClosed':
        facts.investigationsClosedAt.push(at);
        endsOfInvestigation.push(at);
        break;
      case 'CaseClosed':
        endsOfInvestigation.push(at);
        break;
      case 'SuspectIdentified': {
        const accused = accusedOf(facts, str(d.suspectRef));
        accused.identifiedAt = at;
        accused.official = d.isGovernmentOfficial === true;
        break;
      }
      case 'ChargesFiled': {
        const accused = accusedOf(facts, str(d.suspectRef));
        accused.firstChargedAt = accused.firstChargedAt === null ? at : Math.min(accused.firstChargedAt, at);
        break;
      }
      case 'VerdictDelivered':
        accusedOf(facts, str(d.suspectRef)).verdict = { outcome: str(d.outcome), statute: str(d.statute), at };
        break;
      case 'ChargesWithdrawn':
        accusedOf(facts, str(d.suspectRef)).withdrawnAt = at;
        break;
      case 'SentenceImposed':
        facts.sentences.push({
          at,
          imprisonmentMonths: Number(d.imprisonmentMonths),
          suspendedMonths: Number(d.suspendedMonths),
          fine: d.fine === null || d.fine === undefined ? null : Number(d.fine),
          fineInLieuOfPrison: d.fineInLieuOfPrison === true,
        });
        break;
      case 'DocketSubmittedToDpp':
        facts.dockets.push({ submittedAt: at, decidedAt: null });
        break;
      case 'DocketReportedMissing':
        facts.docketsReportedMissingAt.push(at);
        break;
      case 'DocketReconstructed':
        facts.docketsReconstructedAt.push(at);
        break;
      case 'DppDecisionRecorded': {
        const pending = facts.dockets.filter((docket) => docket.decidedAt === null && docket.submittedAt <= at);
        for (const docket of pending) docket.decidedAt = at;
        if (d.decision === 'decline') endsOfInvestigation.push(at);
        break;
      }
      case 'SummonsIssued':
        facts.summonses.set(str(d.summonsRef), { issuedAt: at, servedAt: null, failedAt: [] });
        break;
      case 'SummonsServed': {
        const summons = facts.summonses.get(str(d.summonsRef));
        if (summons) summons.servedAt = at;
        break;
      }
      case 'SummonsServiceFailed':
        facts.summonses.get(str(d.summonsRef))?.failedAt.push(at);
        break;
      case 'VictimIdentified':
        facts.victims.set(str(d.victimRef), {
          eventId: event.eventId, identifiedAt: at, sex: str(d.sex), ageGroup: str(d.ageGroup), nationality: str(d.nationality),
          form: str(d.form), identifiedBy: str(d.identifiedBy),
        });
        break;
      case 'VictimReferredToServices':
        facts.referrals.push({ victimRef: str(d.victimRef), at });
        break;
      default:
        break;
    }
  }
  // The first charges in the case end the investigation that was open then.
  const firstCharges = Math.min(...[...facts.accused.values()].map((a) => a.firstChargedAt ?? Infinity));
  if (Number.isFinite(firstCharges)) endsOfInvestigation.push(firstCharges);
  for (const spell of facts.investigations) {
    const end = Math.min(...endsOfInvestigation.filter((t) => t >= spell.openedAt));
    spell.endedAt = Number.isFinite(end) ? end : null;
  }
  return { ...facts, form };
}
