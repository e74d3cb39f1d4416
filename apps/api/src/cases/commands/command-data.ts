import type { CaseCommandOf, CaseCommandType } from '@casetrail/domain';

/** The data of the domain command `T`, as a routed command carries it. */
export type DataOf<T extends CaseCommandType> = CaseCommandOf<T>['data'];

/** A new person's details as the caller gave them, before they are sealed. */
export type PersonalDetails = Readonly<Record<string, string | undefined>>;
