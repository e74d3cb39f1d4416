/** The red flags view's words (part of `en`). */
export const enFlags = {
  flags: {
    heading: 'Red flags',
    explain:
      'The failures the TIP reports name, raised and cleared by the recorded events alone. A state flag clears ' +
      'when its condition ends; an event flag records a fact and stays.',
    kindFilter: 'Kind',
    openOnly: 'Open flags only',
    all: 'all kinds',
    kind: 'Flag',
    case: 'Case',
    ref: 'About',
    raisedAt: 'Raised',
    clearedAt: 'Cleared',
    open: 'open',
    list: 'Red flags, latest raised first',
    counts: 'Open red flags by kind',
    countsOnly: 'Your role sees counts of open flags only, never the cases.',
    more: 'Only the first 100 are shown; narrow the list with the filters.',
  },
};
