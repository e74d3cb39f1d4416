import { cosignerKeyOf } from '@casetrail/ledger';
import { browse, type Browsing } from './support/chromium';
import { chooseBundleFile, dropBundleFile, passedUpTo, shownBundle } from './support/bundle-checks';
import { openView, signIn } from './support/page-actions';
import { startSeededService, type SeededService } from './support/seeded-service';

interface Bundle {
  checkpoint: { note: string; cosignatures: string[] };
  claim: { claimId: string; leafIndex: number; auditPath: string[] };
  leaves: [string, Record<string, unknown> | null][];
  assertions: { value: number }[];
}

/** The note with one character changed inside the signature of its first signature line (past the key id). */
function flipSignatureByte(note: string): string {
  const at = note.indexOf('\n\n\u2014 ') + 3;
  const signatureAt = note.indexOf(' ', at + 1) + 1 + 12;
  return note.slice(0, signatureAt) + (note[signatureAt] === 'A' ? 'B' : 'A') + note.slice(signatureAt + 1);
}

/** One change to a bundle a donor was given, and the step of verification that must catch it. */
const TAMPERINGS: [string, string, (bundle: Bundle) => void][] = [
  ['a leaf’s public part (a case moved to another district)', 'leaves', (b) => {
    const leaf = b.leaves.find(([, p]) => p !== null && typeof (p.data as { district?: string } | undefined)?.district === 'string')!;
    const data = leaf[1]!.data as { district: string };
    data.district = data.district === 'maseru' ? 'leribe' : 'maseru';
  }],
  ['the value a claim asserts', 'figures', (b) => void (b.assertions[0]!.value += 1)],
  ['the checkpoint’s signature', 'checkpoint', (b) => void (b.checkpoint.note = flipSignatureByte(b.checkpoint.note))],
  ['the claim’s audit path', 'proof', (b) => void (b.claim.auditPath = [...b.claim.auditPath].reverse())],
  ['the bundle’s format', 'format', (b) => void ((b as unknown as { format: string }).format = 'casetrail-claim-bundle/0')],
];

describe('a claim\'s bundle verified in chromium with the CLI\'s code', () => {
  let service: SeededService;
  let browsing: Browsing | undefined;
  let bundleText: string;

  beforeAll(async () => {
    service = await startSeededService(20);
    bundleText = JSON.stringify(await service.get<Bundle>('donor', `/v1/claims/${service.claimId}/bundle`));
  });
  afterEach(async () => {
    await browsing?.close();
    browsing = undefined;
  });
  afterAll(() => service.close());

  const openClaim = async () => {
    browsing = await browse();
    await signIn(browsing.page, service.base, service.tokens.donor);
    await openView(browsing.page, 'Claims');
    await browsing.page.locator(`[data-claim-id="${service.claimId}"]`).click();
    await browsing.page.getByTestId('trusted-log-key').waitFor();
    return browsing.page;
  };
  const noTrouble = async (b: Browsing) => {
    await b.settled();
    expect(b.trouble).toEqual({ console: [], exceptions: [], failedRequests: [], refusedAnswers: [], cspViolations: [] });
  };

  it('given the bundle file as served, chosen or dropped, every step passes; given each tampering, the page names the step that caught it', async () => {
    const page = await openClaim();
    await chooseBundleFile(page, 'as-served.json', bundleText);
    expect(await shownBundle(page)).toEqual({ verified: 'true', failedStep: null, steps: passedUpTo(null) });
    for (const [what, step, tamper] of TAMPERINGS) {
      const bundle = JSON.parse(bundleText) as Bundle;
      tamper(bundle);
      const name = `tampered-${step}.json`;
      await dropBundleFile(page, name, JSON.stringify(bundle));
      expect({ what, ...(await shownBundle(page)) }).toEqual({ what, verified: 'false', failedStep: step, steps: passedUpTo(step) });
      expect(await page.getByTestId('bundle-result').getByRole('status').textContent()).toContain('NOT VERIFIED');
    }
    await dropBundleFile(page, 'as-served-again.json', bundleText);
    expect((await shownBundle(page)).verified).toBe('true');
    await noTrouble(browsing!);
  });

  it('given a witness key typed in that never cosigned, the witnesses step fails and the page says which keys it trusted', async () => {
    const page = await openClaim();
    const witness = cosignerKeyOf('witness.example.org', new Uint8Array(32).fill(7)).text;
    await page.getByLabel('Witnesses’ cosigner keys (one a line; every one given must have cosigned)').fill(witness);
    await page.getByRole('button', { name: 'Verify this claim’s bundle in this browser' }).click();
    expect(await shownBundle(page)).toEqual({ verified: 'false', failedStep: 'witnesses', steps: passedUpTo('witnesses') });
    expect(await page.getByTestId('bundle-result').locator('li[data-step=witnesses]').textContent()).toContain('0 trusted witness(es) cosigned, 1 needed');
    await page.getByLabel('Witnesses’ cosigner keys (one a line; every one given must have cosigned)').fill('');
    await page.getByRole('button', { name: 'Verify this claim’s bundle in this browser' }).click();
    await page.locator('[data-testid=bundle-result][data-verified=true]').waitFor();
    await noTrouble(browsing!);
  });
});
