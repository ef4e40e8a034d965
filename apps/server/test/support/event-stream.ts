import { waitFor } from './wait-for';

/**
 * An open `GET /api/events` stream as a browser holds it. `opened` resolves once the server has
 * written its first line, which it does after subscribing, so a change sent after that must arrive.
 */
export async function openEventStream(baseUrl: string, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/events`, { headers: { cookie }, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let received = '';
  let ended = false;
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value);
      }
    } catch {
      // aborted by close()
    }
    ended = true;
  })();
  await waitFor(() => received.includes('retry:'), 5000, 'the stream to open');
  return {
    response,
    received: () => received,
    until: (text: string) => waitFor(() => received.includes(text), 5000, `"${text}" on the stream`),
    ended: () => waitFor(() => ended, 5000, 'the stream to close'),
    close: () => controller.abort(),
  };
}
