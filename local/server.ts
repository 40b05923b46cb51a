import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

import { SiteTimeout } from './api';
import type { LocalSite } from './site';

/**
 * Puts a local site on loopback. Two listeners: the site itself, and a
 * second origin (another port) that serves only the Custom UI frames and
 * their bridge endpoints, so a frame is cross-origin to the page holding
 * it, as on Atlassian's CDN. Requests whose Host is not this machine's
 * loopback name are refused (DNS rebinding).
 */
export interface ServerOptions {
  readonly port?: number;
  readonly host?: '127.0.0.1';
  /** The frames' port; 0 (default) picks a free one. */
  readonly framePort?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly frameUrl: string;
  close(): Promise<void>;
}

const BODY_LIMIT = 5 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) resolve(null);
      else chunks.push(chunk);
    });
    request.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

/** The path without its query: logs never carry JQL or other input. */
function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined)
      out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function handler(
  site: LocalSite,
  surface: 'host' | 'frame',
  port: () => number,
) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port()}` && host !== `localhost:${port()}`) {
      response
        .writeHead(421, { 'content-type': 'text/plain' })
        .end('Misdirected request');
      return;
    }
    try {
      const body = await readBody(request);
      if (body === null) {
        response
          .writeHead(413, { 'content-type': 'text/plain' })
          .end('Request body too large');
        return;
      }
      const method = request.method ?? 'GET';
      const answer = await site.handle({
        method,
        url: request.url ?? '/',
        headers: flatHeaders(request),
        body,
        surface,
      });
      response.writeHead(answer.status, answer.headers).end(answer.body);
    } catch (error) {
      if (error instanceof SiteTimeout) {
        request.socket.destroy();
        return;
      }
      console.error(
        `[local] ${request.method ?? ''} ${pathOnly(request.url)} failed: ` +
          (error instanceof Error ? error.name : 'error'),
      );
      if (!response.headersSent)
        response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal error in the local site');
    }
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}

export async function startServer(
  site: LocalSite,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const host: string = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1')
    throw new Error('The local site listens on loopback (127.0.0.1) only');

  let mainPort = 0;
  let framePort = 0;
  const main = createServer(
    (req, res) => void handler(site, 'host', () => mainPort)(req, res),
  );
  const frames = createServer(
    (req, res) => void handler(site, 'frame', () => framePort)(req, res),
  );
  mainPort = await listen(main, options.port ?? 3000, host);
  framePort = await listen(frames, options.framePort ?? 0, host);

  const url = `http://${host}:${mainPort}`;
  const frameUrl = `http://${host}:${framePort}`;
  site.core.baseUrl = url;
  site.core.frameBaseUrl = frameUrl;
  return {
    url,
    frameUrl,
    close: async () => {
      await Promise.all([stop(main), stop(frames)]);
      site.flush();
    },
  };
}
