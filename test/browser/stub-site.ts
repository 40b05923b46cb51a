import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

/**
 * A stand-in host for the built Custom UI: serves static/<app>/dist under
 * /frame/<app>/ with Forge's frame CSP, injects a stub bridge script that
 * posts every bridge call back here, and answers with a handler the test
 * supplies. Loopback only. Used until the local site is available.
 */
export type BridgeHandler = (name: string, payload: unknown) => unknown;

export interface StubSite {
  readonly origin: string;
  frameUrl(app: string): string;
  close(): Promise<void>;
}

const STATIC = resolve(__dirname, '../../static');
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html;charset=UTF-8',
  '.js': 'text/javascript;charset=UTF-8',
  '.css': 'text/css;charset=UTF-8',
  '.json': 'application/json',
};
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const BRIDGE = `window.__bridge = {
  callBridge: function (name, payload) {
    return fetch('/stub/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: name, payload: payload === undefined ? null : payload })
    }).then(function (r) { return r.json(); }).then(function (b) { return b.answer; });
  }
};`;

export async function startStubSite(handler: BridgeHandler): Promise<StubSite> {
  const server = createServer((request, response) => {
    void serve(request, response, handler);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    frameUrl: (app) => `${origin}/frame/${app}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  handler: BridgeHandler,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/stub/bridge.js') {
    send(response, 200, TYPES['.js'] ?? '', BRIDGE);
    return;
  }
  if (url.pathname === '/stub/call' && request.method === 'POST') {
    const { name, payload } = JSON.parse(await readBody(request)) as {
      name: string;
      payload: unknown;
    };
    const answer = await handler(name, payload);
    send(
      response,
      200,
      'application/json',
      JSON.stringify({ answer: answer ?? null }),
    );
    return;
  }

  const frame = /^\/frame\/([a-z-]+)\/(.*)$/.exec(url.pathname);
  if (frame === null) {
    send(response, 404, 'text/plain', 'Not found');
    return;
  }
  serveFile(response, frame[1] ?? '', frame[2] ?? '');
}

function serveFile(response: ServerResponse, app: string, rest: string): void {
  const dist = resolve(STATIC, app, 'dist');
  const file = resolve(
    dist,
    rest === '' ? 'index.html' : decodeURIComponent(rest),
  );
  if (
    !file.startsWith(dist + sep) ||
    !existsSync(file) ||
    !statSync(file).isFile()
  ) {
    send(response, 404, 'text/plain', 'Not found');
    return;
  }

  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = file.endsWith('index.html')
    ? readFileSync(file, 'utf8').replace(
        /<head>/i,
        '<head><script src="/stub/bridge.js"></script>',
      )
    : readFileSync(file);
  send(response, 200, type, body);
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 2_000_000) request.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => {
      done(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', fail);
  });
}
