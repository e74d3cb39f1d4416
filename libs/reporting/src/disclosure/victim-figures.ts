/** Figures that count victims (or things about them): what the disclosure rule protects. */
const VICTIM_FIGURES = ['victims', 'flags.victim_repatriated_before_testimony'];

/** Whether the figure at a dotted path (`victims.identified.bySex.female`) is about victims. */
export function isVictimFigure(path: string): boolean {
  return VICTIM_FIGURES.some((root) => path === root || path.startsWith(`${root}.`));
}
