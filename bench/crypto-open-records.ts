// Micro-benchmark: sealing and opening a year of records (7,000 × ~500 B) with @hearth/crypto
// in Node, plus the two pieces around the cipher that every open pays twice (the AAD encoding
// and the envelope parse). It measures and prints; it never fails.
//
//   node --import tsx bench/crypto-open-records.ts [--records=7000] [--runs=11]
//   node --cpu-prof --cpu-prof-dir=bench/.tmp/profiles --import tsx bench/crypto-open-records.ts --only=open
// (--only=seal|open|aad|parse times just that part, so a profile shows only its work.)
import {
  encodeAad,
  openRecord,
  parseEnvelope,
  sealRecord,
  type AadFields,
  type RecordContext,
  type SealedRecord,
} from '@hearth/crypto';
import { median, round, seededRandom } from './lib/stats';

const passThrough = { parse: (value: unknown) => value };

function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const RECORDS = flag('records', 7000);
const RUNS = flag('runs', 11);
const PARTS = ['seal', 'open', 'aad', 'parse'] as const;
type Part = (typeof PARTS)[number];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined && !PARTS.includes(only as Part))
  throw new Error(`--only must be one of ${PARTS.join(', ')}`);
const measured = only ? [only as Part] : [...PARTS];

const random = seededRandom(20261122);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

const coupleId = uuid();
const people = [uuid(), uuid()] as const;
const TYPES = ['checkin', 'gratitude', 'touch', 'question-reply', 'letter', 'device-free', 'note'];
// Mixed scripts on purpose: the AAD is ASCII, but payload text is whatever people write.
const WORDS = ['quiet', 'morning', 'thank you', 'walk', 'café', 'tea', 'Sonntag', 'ありがとう', '🌿'];

/** A JSON payload of roughly `bytes` UTF-8 bytes, shaped like the app's records. */
function payload(index: number, bytes: number) {
  const base = {
    type: pick(TYPES),
    at: new Date(Date.UTC(2026, 0, 1) + index * 4_500_000).toISOString(),
    mood: Math.floor(random() * 5) + 1,
    tags: [pick(WORDS), pick(WORDS)],
    text: '',
  };
  let text = '';
  while (Buffer.byteLength(JSON.stringify({ ...base, text })) < bytes) text += `${pick(WORDS)} `;
  return { ...base, text: text.trimEnd() };
}

interface Sample {
  ctx: RecordContext;
  value: unknown;
}

// Through JSON, as the web app gets them from /api/sync, so the strings are flat like there.
const samples: Sample[] = JSON.parse(
  JSON.stringify(
    Array.from({ length: RECORDS }, (_, i): Sample => {
      const scope = random() < 0.75 ? 'couple' : 'user';
      const authorId = pick(people);
      return {
        ctx: {
          scope,
          ownerId: scope === 'couple' ? coupleId : authorId,
          recordId: uuid(),
          authorId,
          version: 1 + Math.floor(random() * 3),
        },
        value: payload(i, 420 + Math.floor(random() * 160)),
      };
    }),
  ),
) as Sample[];
const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1);
const kid = 'ck-0';

interface Timing {
  wallMs: number;
  /** This process's CPU time (all threads, so GC helpers count), which other load on a shared machine barely moves. */
  cpuMs: number;
}

function time(fn: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const sealOnce = () => samples.map((s) => sealRecord(key, kid, s.ctx, s.value));
// Opened from JSON too, as they arrive from the server or IndexedDB.
const stored = JSON.parse(JSON.stringify(sealOnce())) as SealedRecord[];
const openOnce = () => {
  for (let i = 0; i < samples.length; i++) openRecord(key, samples[i]!.ctx, stored[i]!, passThrough);
};
// Each open encodes two AADs ('dek' and 'record') and parses two envelopes.
const aadFields: AadFields[] = samples.flatMap(({ ctx }) => [
  { ...ctx, recordType: 'dek' },
  { ...ctx, recordType: 'record' },
]);
const aadOnce = () => {
  for (let i = 0; i < aadFields.length; i++) encodeAad(aadFields[i]!, i % 2 === 0 ? kid : 'dek');
};
const parseOnce = () => {
  for (const s of stored) {
    parseEnvelope(s.wrappedDek);
    parseEnvelope(s.body);
  }
};

const parts: Record<Part, { label: string; run: () => void }> = {
  seal: { label: 'sealRecord × N', run: sealOnce },
  open: { label: 'openRecord × N', run: openOnce },
  aad: { label: 'encodeAad × 2N', run: aadOnce },
  parse: { label: 'parseEnvelope × 2N', run: parseOnce },
};

// One warm-up of each measured part, so every figure is for optimised code.
for (const part of measured) parts[part].run();

const runs = new Map<Part, Timing[]>(measured.map((part) => [part, []]));
for (let r = 0; r < RUNS; r++) {
  for (const part of measured) runs.get(part)!.push(time(parts[part].run));
}

const bodyChars = stored.reduce((sum, s) => sum + s.body.length, 0) / stored.length;
console.log(
  `${RECORDS} records, mean body envelope ${Math.round(bodyChars)} chars; Node ${process.version}; median of ${RUNS} runs`,
);
console.table(
  Object.fromEntries(
    measured.map((part) => {
      const wall = median(runs.get(part)!.map((t) => t.wallMs));
      const cpu = median(runs.get(part)!.map((t) => t.cpuMs));
      return [
        parts[part].label,
        {
          'wall ms': round(wall, 1),
          'cpu ms': round(cpu, 1),
          'wall µs/record': round((wall * 1000) / RECORDS, 1),
        },
      ];
    }),
  ),
);
