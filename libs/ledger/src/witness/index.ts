export { formatAddCheckpoint, MAX_PROOF_LINES, parseAddCheckpoint, type AddCheckpointRequest } from './add-checkpoint';
export { WITNESS_STATE_FILE, WitnessState, type WitnessedLog } from './witness-state';
export { Witness, type WitnessAnswer, type WitnessOptions } from './witness';
export { MAX_REQUEST_BYTES, serveWitness, type RunningWitness } from './witness-server';
export { submitToWitness, type WitnessReply } from './witness-client';
