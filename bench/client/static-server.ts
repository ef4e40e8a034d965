import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves fixed files on 127.0.0.1 (a secure context for WebCrypto), on a free port. */
export async function serveFiles(
  files: Record<string, { type: string; body: string }>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const file = files[(request.url ?? '/').split('?')[0]!];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
