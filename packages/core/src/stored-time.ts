/**
 * The precision of every time the server stores (docs/api.md): the minute, no finer, so stored
 * times say when something happened without fingerprinting a device's clock or typing rhythm.
 */
export function toStoredMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}
