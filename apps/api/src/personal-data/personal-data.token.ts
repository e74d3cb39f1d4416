/** The opened `PersonalData` of `@casetrail/personal-data` (keys folder, epochs, vault, turnover). */
export const PERSONAL_DATA = Symbol('PersonalData');
