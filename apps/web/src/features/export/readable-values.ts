// How a record's content reads on the export's readable page: fields in words, dates in the
// person's own format, and nothing that is only bookkeeping (ids, keys, signatures) — those stay
// in the JSON file, which is for machines. Pure, so the rules are tested directly.

export interface ReadableOptions {
  /** BCP 47 locale for dates; undefined uses the device's own. */
  locale?: string;
  timeZone?: string;
  /** Words for a content id (a question, a check-up statement, an exercise), when known. */
  labelOf?: (id: string) => string | null;
}

export interface ReadableLine {
  label: string;
  value: string;
}

// Bookkeeping: ids, keys, and the write times the entry's own date line already shows.
const HIDDEN_KEY =
  /(^id$|Id$|Ids$|^tag$|key|secret|signature|ed25519|x25519|^wrapped|^verifiedAt$|^createdAt$|^updatedAt$)/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPAQUE_TOKEN = /^[A-Za-z0-9_-]{32,}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "aboutYou" → "About you", "minutes_left" → "Minutes left". */
export function labelFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Looks like bookkeeping rather than words: an id or an opaque token. */
export function isMachineValue(value: string): boolean {
  return UUID.test(value) || (OPAQUE_TOKEN.test(value) && !/\s/.test(value) && /\d/.test(value));
}

export function readableDate(value: string, options: ReadableOptions = {}): string | null {
  const { locale, timeZone } = options;
  if (LOCAL_DATE.test(value)) {
    const date = new Date(`${value}T12:00:00Z`);
    if (Number.isNaN(date.getTime())) return null;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
  if (TIMESTAMP.test(value)) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return null;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
  }
  return null;
}

function readableValue(value: unknown, options: ReadableOptions): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'string') {
    const date = readableDate(value, options);
    if (date) return date;
    const label = options.labelOf?.(value);
    if (label) return label;
    return isMachineValue(value) ? null : value;
  }
  if (Array.isArray(value)) {
    const parts = value.map((item) => readableValue(item, options)).filter((p): p is string => p !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof value === 'object') {
    const lines = readableLines(value as Record<string, unknown>, options);
    return lines.length ? lines.map((l) => `${l.label}: ${l.value}`).join('; ') : null;
  }
  return null;
}

/** The content of one record as label–value lines, in the order it was written. */
export function readableLines(
  content: Record<string, unknown>,
  options: ReadableOptions = {},
): ReadableLine[] {
  const lines: ReadableLine[] = [];
  let unnamed = 0;
  for (const [key, raw] of Object.entries(content)) {
    if (key === 'type') continue;
    if (HIDDEN_KEY.test(key)) {
      // An id of our own content (an exercise, a question) still reads as its name.
      const named = typeof raw === 'string' && /Id$/.test(key) ? options.labelOf?.(raw) : null;
      if (named) lines.push({ label: labelFromKey(key.replace(/Id$/, '')), value: named });
      continue;
    }
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      // A group of answers (a check-up keyed by statement) reads as one line per answer.
      lines.push(...readableLines(raw as Record<string, unknown>, options));
      continue;
    }
    const value = readableValue(raw, options);
    if (value === null) continue;
    // A key that is itself a content id (check-up answers keyed by statement) reads as its words.
    const named = options.labelOf?.(key);
    if (named) lines.push({ label: named, value });
    else if (isMachineValue(key) || /^[a-z]+(-[a-z0-9]+)*-\d+$/.test(key))
      lines.push({ label: `Item ${++unnamed}`, value });
    else lines.push({ label: labelFromKey(key), value });
  }
  return lines;
}
