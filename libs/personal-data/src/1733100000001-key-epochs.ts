import { sqlMigration } from '@casetrail/database';

/**
 * Epochs of data keys: each person's data key is wrapped by the key of an epoch (a file in the keys folder),
 * and `keyring` binds this database to one keys folder. `subject_keys.epoch_id` is NULL only for keys wrapped
 * by the master key directly (before epochs), which the service moves into an epoch at start.
 */
export const KeyEpochs1733100000001 = sqlMigration('KeyEpochs1733100000001', {
  up: [
    `
      CREATE TABLE keyring (
        singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        keyring_id  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`,
    `
      CREATE TABLE key_epochs (
        epoch_id    text PRIMARY KEY,
        state       text NOT NULL CHECK (state IN ('active', 'retiring', 'retired')),
        created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
        retired_at  timestamptz NULL
      )`,
    `CREATE UNIQUE INDEX key_epochs_one_active ON key_epochs ((true)) WHERE state = 'active'`,
    'ALTER TABLE subject_keys ADD COLUMN epoch_id text NULL REFERENCES key_epochs (epoch_id)',
    'ALTER TABLE subject_keys ALTER COLUMN master_key_id DROP NOT NULL',
    'CREATE INDEX subject_keys_by_epoch ON subject_keys (epoch_id, subject_ref)',
  ],
  down: [
    'DROP INDEX subject_keys_by_epoch',
    'ALTER TABLE subject_keys DROP COLUMN epoch_id',
    'DROP TABLE key_epochs',
    'DROP TABLE keyring',
  ],
});
