import { toHex, utf8 } from '../encoding';
import { LEAF_INPUTS, NODE_HASHES, ROOT_HASHES } from '../testing/transparency-dev-vectors';
import { emptyRoot, leafHash, nodeHash } from './hashing';
import { rootFromLeafHashes } from './reference';

describe('RFC 9162 hashing', () => {
  // transparency-dev/merkle rfc6962/rfc6962_test.go TestRFC6962Hasher
  it('given no leaves, when hashing the empty tree, then it is SHA-256 of the empty string', () => {
    expect(toHex(emptyRoot())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('given an empty entry, when hashing it as a leaf, then the 0x00 prefix makes it differ from the empty root', () => {
    expect(toHex(leafHash(new Uint8Array()))).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  });

  it('given the entry "L123456", when hashing it as a leaf, then it matches the transparency-dev vector', () => {
    expect(toHex(leafHash(utf8('L123456')))).toBe('395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56');
  });

  it('given children "N123" and "N456", when hashing the node, then it is SHA-256(0x01 || left || right)', () => {
    expect(toHex(nodeHash(utf8('N123'), utf8('N456')))).toBe('aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb');
  });

  it('given two leaves, when swapping them, then the node hash changes', () => {
    const [a, b] = [leafHash(utf8('Hello')), leafHash(utf8('World'))];
    expect(toHex(nodeHash(a, b))).not.toBe(toHex(nodeHash(b, a)));
    expect(toHex(nodeHash(a, b))).not.toBe(toHex(leafHash(new Uint8Array([...a, ...b]))));
  });

  // transparency-dev/merkle testonly/constants.go
  it('given the transparency-dev leaf inputs, when hashing them, then every leaf hash matches NodeHashes level 0', () => {
    expect(LEAF_INPUTS.map((leaf) => toHex(leafHash(leaf)))).toEqual(NODE_HASHES[0]);
  });

  it.each(ROOT_HASHES.map((root, size) => [size, root] as const))(
    'given the first %i transparency-dev leaves, when computing the naive root, then it is RootHashes()[size]',
    (size, root) => {
      expect(toHex(rootFromLeafHashes(LEAF_INPUTS.slice(0, size).map(leafHash)))).toBe(root);
    },
  );
});
