import { formatAddCheckpoint, type AddCheckpointRequest } from './add-checkpoint';

/** A witness's answer to add-checkpoint, as the submitting log reads it. */
export type WitnessReply =
  | { readonly kind: 'cosigned'; readonly lines: string }
  /** 409 with text/x.tlog.size: the witness holds another size (or, at the same size, another root). */
  | { readonly kind: 'conflict'; readonly size: number }
  | { readonly kind: 'refused'; readonly status: number; readonly body: string };

/** POSTs the checkpoint to `<url>/add-checkpoint`; a network failure or timeout throws. */
export async function submitToWitness(url: string, request: AddCheckpointRequest, timeoutMs = 10_000): Promise<WitnessReply> {
  const response = await fetch(`${url}/add-checkpoint`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: formatAddCheckpoint(request),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  if (response.status === 200) return { kind: 'cosigned', lines: body };
  const size = /^(0|[1-9][0-9]*)\n$/.exec(body);
  if (response.status === 409 && response.headers.get('content-type')?.startsWith('text/x.tlog.size') && size) {
    return { kind: 'conflict', size: Number(size[1]) };
  }
  return { kind: 'refused', status: response.status, body: body.slice(0, 500) };
}
