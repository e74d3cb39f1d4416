/** What the report's figures mean (api.md "The government-action report"), printed with them. */
export const REPORT_DEFINITIONS: readonly (readonly [figure: string, meaning: string])[] = [
  ['Counting', 'An event counts in the period by when it occurred (as corrected), and only if it was recorded by the moment the report is known at.'],
  ['investigations', 'Open from InvestigationOpened until closed, the first charges in the case, a DPP decline, or the case closed. initiated: opened in the period; continued: open at its start; closed: closed in the period.'],
  ['prosecutions', 'One accused, from their first charges until a verdict or withdrawal. initiated: first charged in the period; continued: charged before it and still without verdict or withdrawal at its start. cases: cases with at least one such accused.'],
  ['convictions, acquittals, withdrawals', "Accused with that outcome in the period; a conviction counts as antiTraffickingAct when its statute is the Act."],
  ['sentences', 'Imposed in the period. prisonAtLeast12Months: imprisonment minus suspended months at least 12, not in lieu of a fine; suspendedOnly: all imprisonment suspended; fineOnly: a fine and no imprisonment; fineInLieuOfPrison: that flag set (not also fineOnly).'],
  ['summonses', 'issued, served, failed: events in the period; outstandingAtEnd: issued by its end and not served by then; medianDaysToService: over summonses served in the period.'],
  ['dpp', 'casesPendingAtEnd: dockets submitted by the period end with no DPP decision by then.'],
  ['dockets', 'reportedMissing and reconstructed in the period; missingAtEnd: missing and not reconstructed at its end.'],
  ['officials', 'Accused flagged as government officials identified, first charged or convicted in the period.'],
  ['victims', 'Victims identified in the period, and distinct victims referred to a service in the period.'],
  ['flags', 'State flags open at the period end; event flags raised in the period (docs/red-flags.md).'],
];
