import { KeyEpochs1733100000001 } from './1733100000001-key-epochs';

/** The tables of epoch keys, after `subject_keys` (created with the access tables). */
export const PERSONAL_DATA_MIGRATIONS = [KeyEpochs1733100000001];
export { KeyEpochs1733100000001 };
