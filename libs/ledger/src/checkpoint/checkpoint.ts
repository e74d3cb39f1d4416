import { fromBase64, isWellFormedUnicode, toBase64 } from '../encoding';
import { MalformedError } from '../errors';
import { HASH_SIZE } from '../merkle/hashing';
import { isTreeSize } from '../merkle/tree-math';

/** The note text of a C2SP tlog-checkpoint: a tree head of the ledger's RFC 9162 tree. */
export interface Checkpoint {
  readonly origin: string;
  readonly treeSize: number;
  readonly rootHash: Uint8Array;
  /** Opaque extra lines after the root hash; C2SP does not recommend them, as monitors cannot audit them. */
  readonly extensions?: readonly string[];
}

export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, treeSize, rootHash, extensions = [] } = checkpoint;
  assertLine('origin', origin);
  extensions.forEach((line, i) => assertLine(`extension line ${i + 1}`, line));
  if (!isTreeSize(treeSize)) throw new RangeError(`tree size must be a non-negative safe integer, got ${treeSize}`);
  if (rootHash.length !== HASH_SIZE) throw new RangeError(`root hash must be ${HASH_SIZE} bytes, got ${rootHash.length}`);
  return [origin, String(treeSize), toBase64(rootHash), ...extensions].map((line) => `${line}\n`).join('');
}

/** Parses checkpoint note text (as returned by openNote), refusing anything C2SP does not allow. */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new MalformedError('checkpoint must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw new MalformedError('checkpoint needs origin, tree size and root hash lines');
  if (lines.some((line) => line === '')) throw new MalformedError('checkpoint lines must be non-empty');
  const [origin, size, root, ...extensions] = lines as [string, string, string, ...string[]];
  if (!/^(?:0|[1-9][0-9]*)$/.test(size)) throw new MalformedError(`tree size is not a decimal without leading zeroes: ${JSON.stringify(size)}`);
  const treeSize = Number(size);
  if (!Number.isSafeInteger(treeSize)) throw new MalformedError(`tree size ${size} is beyond what this ledger handles`);
  let rootHash: Uint8Array;
  try {
    rootHash = fromBase64(root);
  } catch {
    throw new MalformedError(`root hash is not base64: ${JSON.stringify(root)}`);
  }
  if (rootHash.length !== HASH_SIZE) throw new MalformedError(`root hash must be ${HASH_SIZE} bytes, got ${rootHash.length}`);
  return { origin, treeSize, rootHash, extensions };
}

function assertLine(label: string, line: string): void {
  if (line === '') throw new MalformedError(`${label} must be non-empty`);
  if (!isWellFormedUnicode(line) || /[\u0000-\u001f]/.test(line)) {
    throw new MalformedError(`${label} must be valid Unicode without newlines or control characters`);
  }
}
