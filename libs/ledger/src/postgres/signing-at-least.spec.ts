import type { StoredCheckpoint } from './checkpoint-rows';
import { SigningAtLeast } from './signing-at-least';

/** A signer whose tree is `tree.size` leaves when each signing starts, finishing when the test says so. */
function slowSigner() {
  const tree = { size: 0 };
  const pending: ((checkpoint: StoredCheckpoint) => void)[] = [];
  let started = 0;
  const sign = () => {
    started++;
    const treeSize = tree.size;
    return new Promise<StoredCheckpoint>((resolve) => pending.push(() => resolve({ treeSize } as StoredCheckpoint)));
  };
  const finish = () => pending.shift()!(undefined as never);
  return { tree, sign, finish, started: () => started };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('SigningAtLeast', () => {
  it('given callers arriving while a large enough signing is under way, they share it: one signing', async () => {
    const signer = slowSigner();
    const signing = new SigningAtLeast(signer.sign);
    signer.tree.size = 10;
    const first = signing.atLeast(10);
    const others = [signing.atLeast(8), signing.atLeast(10), signing.atLeast(3)];
    signer.finish();
    expect((await Promise.all([first, ...others])).map((c) => c.treeSize)).toEqual([10, 10, 10, 10]);
    expect(signer.started()).toBe(1);
  });

  it('given callers needing more than the signing under way reaches, they share the next one', async () => {
    const signer = slowSigner();
    const signing = new SigningAtLeast(signer.sign);
    signer.tree.size = 5;
    const early = signing.atLeast(5);
    signer.tree.size = 9; // sealed after the first signing read the tree
    const late = [signing.atLeast(9), signing.atLeast(7)];
    signer.finish();
    expect((await early).treeSize).toBe(5);
    await settled();
    signer.finish();
    expect((await Promise.all(late)).map((c) => c.treeSize)).toEqual([9, 9]);
    expect(signer.started()).toBe(2);
  });
});
