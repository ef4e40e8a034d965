// OPAQUE (password authentication where the server never sees the password) is a large
// WebAssembly module; it is loaded only when someone signs up or in, never for Today.
type OpaqueModule = typeof import('@serenity-kit/opaque');

let loading: Promise<OpaqueModule['client']> | null = null;

export function loadOpaque(): Promise<OpaqueModule['client']> {
  loading ??= import('@serenity-kit/opaque')
    .then(async (m) => {
      await m.ready;
      return m.client;
    })
    .catch((error: unknown) => {
      loading = null; // offline when the chunk was needed: let the next attempt try again
      throw error;
    });
  return loading;
}
