export {
  COSIGNATURE_ALGORITHM, cosignerKeyId, cosignerKeyOf, cosignerKeyOfSecret, parseCosignerKey, type CosignerKey, type CosignerSecret,
} from './cosigner-key';
export { cosign, cosignedMessage, openCosignatureLine, openCosignatures, type Cosignature } from './cosignature';
export { logTimestampKey, signedAtOf, signTimestampedCheckpoint, toPosixSeconds } from './signed-at';
