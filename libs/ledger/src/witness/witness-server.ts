import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Witness } from './witness';

/** Larger bodies are refused unread: 63 proof lines and a checkpoint with a hundred signatures fit well within. */
export const MAX_REQUEST_BYTES = 64 * 1024;

export interface RunningWitness {
  /** The submission prefix, e.g. http://127.0.0.1:7380 (POST <url>/add-checkpoint). */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Serves POST /add-checkpoint over plain node:http; every other request is 404 (405 for another method). */
export function serveWitness(witness: Witness, listen: { port: number; host?: string }): Promise<RunningWitness> {
  const server = createServer((request, response) => {
    const reply = (status: number, contentType: string, body: string) => {
      response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
      response.end(body);
    };
    if (new URL(request.url ?? '/', 'http://witness').pathname !== '/add-checkpoint') return reply(404, 'text/plain', 'not found\n');
    if (request.method !== 'POST') return reply(405, 'text/plain', 'POST only\n');
    readBody(request).then(
      async (body) => {
        if (body === null) return reply(413, 'text/plain', 'request too large\n');
        const answer = await witness.addCheckpoint(body);
        reply(answer.status, answer.contentType, answer.body);
      },
      () => reply(400, 'text/plain', 'unreadable request\n'),
    ).catch(() => reply(500, 'text/plain', 'internal error\n'));
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({
        url: `http://${host}:${port}`,
        server,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

/** The body as UTF-8 text; null when it exceeds MAX_REQUEST_BYTES. */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_REQUEST_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
