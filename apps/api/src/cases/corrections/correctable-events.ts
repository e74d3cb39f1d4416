import type { Type } from '@nestjs/common';
import type { Role } from '@casetrail/domain';
import {
  AdjournHearingDto, DecideAppealDto, DeliverVerdictDto, FileAppealDto, ImposeSentenceDto, RecordAppearanceDto,
} from '../dto/court.dto';
import {
  IdentifyVictimDto, ReferCaseDto, ReferVictimDto, RepatriateVictimDto, VictimCooperationDto,
} from '../dto/intake.dto';
import { AttachEvidenceDto } from '../dto/integrity.dto';
import {
  AllegeComplicityDto, DocketNoteDto, GrantBailDto, IdentifySuspectDto, OpenInvestigationDto,
} from '../dto/investigation.dto';
import { OccurredAtDto } from '../dto/occurred-at.dto';
import {
  FileChargesDto, IssueSummonsDto, RecordDppDecisionDto, RecordSummonsServiceDto,
} from '../dto/prosecution.dto';
import { ReasonDto } from '../dto/reason.dto';

/**
 * For each event a correction may change: the body its command was validated with (changed fields are
 * validated the same way) and the roles that may issue that command, hence correct its event.
 */
export const CORRECTABLE_EVENTS: Readonly<Record<string, { dto: Type<object>; roles: readonly Role[] }>> = {
  CaseReferred: { dto: ReferCaseDto, roles: ['investigator'] },
  VictimIdentified: { dto: IdentifyVictimDto, roles: ['investigator', 'victim_services'] },
  VictimReferredToServices: { dto: ReferVictimDto, roles: ['victim_services'] },
  InvestigationOpened: { dto: OpenInvestigationDto, roles: ['investigator'] },
  InvestigationClosed: { dto: ReasonDto, roles: ['investigator'] },
  SuspectIdentified: { dto: IdentifySuspectDto, roles: ['investigator'] },
  SuspectArrested: { dto: OccurredAtDto, roles: ['investigator'] },
  DocketSubmittedToDpp: { dto: OccurredAtDto, roles: ['investigator'] },
  DppDecisionRecorded: { dto: RecordDppDecisionDto, roles: ['prosecutor'] },
  ChargesFiled: { dto: FileChargesDto, roles: ['prosecutor'] },
  SummonsIssued: { dto: IssueSummonsDto, roles: ['prosecutor'] },
  SummonsServed: { dto: RecordSummonsServiceDto, roles: ['investigator', 'prosecutor', 'court_clerk'] },
  SummonsServiceFailed: { dto: RecordSummonsServiceDto, roles: ['investigator', 'prosecutor', 'court_clerk'] },
  TrialStarted: { dto: OccurredAtDto, roles: ['court_clerk'] },
  VerdictDelivered: { dto: DeliverVerdictDto, roles: ['court_clerk'] },
  SentenceImposed: { dto: ImposeSentenceDto, roles: ['court_clerk'] },
  ChargesWithdrawn: { dto: ReasonDto, roles: ['prosecutor'] },
  AppealFiled: { dto: FileAppealDto, roles: ['prosecutor', 'court_clerk'] },
  AppealDecided: { dto: DecideAppealDto, roles: ['court_clerk'] },
  CaseClosed: { dto: ReasonDto, roles: ['investigator', 'prosecutor'] },
  ProtectionServiceProvided: { dto: ReferVictimDto, roles: ['victim_services'] },
  VictimRepatriated: { dto: RepatriateVictimDto, roles: ['victim_services'] },
  VictimCooperationRecorded: { dto: VictimCooperationDto, roles: ['investigator', 'prosecutor', 'victim_services'] },
  OfficialComplicityAlleged: { dto: AllegeComplicityDto, roles: ['investigator', 'prosecutor'] },
  BailGranted: { dto: GrantBailDto, roles: ['investigator', 'court_clerk'] },
  DocketReportedMissing: { dto: DocketNoteDto, roles: ['investigator', 'prosecutor'] },
  DocketReconstructed: { dto: DocketNoteDto, roles: ['investigator'] },
  AccusedAppeared: { dto: RecordAppearanceDto, roles: ['prosecutor', 'court_clerk'] },
  HearingAdjourned: { dto: AdjournHearingDto, roles: ['court_clerk'] },
  ReferredToHighCourtForSentence: { dto: OccurredAtDto, roles: ['court_clerk'] },
  EvidenceAttached: { dto: AttachEvidenceDto, roles: ['investigator', 'prosecutor', 'court_clerk'] },
};
