import { en, type Strings } from './en';

/** The page's words. One language today; a second one is another `Strings` chosen here. */
export const strings: Strings = en;

/** A word from the enumerations (district, form, role...) in the page's language, or the word itself. */
export const word = (table: Record<string, string>, key: string): string => table[key] ?? key.replaceAll('_', ' ');
