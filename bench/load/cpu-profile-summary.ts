import { readFileSync } from 'node:fs';
import { round } from '../lib/stats';

/** The parts of V8's .cpuprofile JSON (written by `node --cpu-prof`) needed for self time. */
interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
  }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTimeRow {
  name: string;
  where: string;
  selfMs: number;
  percent: number;
}

export interface ProfileSummary {
  durationMs: number;
  samples: number;
  topFunctions: SelfTimeRow[];
  /** Self time grouped by package (node_modules/<name>), Node internals, Hearth source, or V8 states. */
  byArea: Array<{ area: string; selfMs: number; percent: number }>;
}

/** Self time per function: each sample's interval is charged to the function on top of the stack. */
export function summariseCpuProfile(path: string, top = 20): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const delta = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, delta));
  }
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const functions = new Map<string, SelfTimeRow>();
  const areas = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const name = frame.functionName || '(anonymous)';
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${name} ${where}`;
    const row = functions.get(key) ?? { name, where, selfMs: 0, percent: 0 };
    row.selfMs += us / 1000;
    functions.set(key, row);
    const area = areaOf(frame.url, name);
    areas.set(area, (areas.get(area) ?? 0) + us / 1000);
  }
  const finish = (ms: number) => ({ selfMs: round(ms, 1), percent: round((ms * 1000 * 100) / totalUs, 1) });
  return {
    durationMs: round((profile.endTime - profile.startTime) / 1000, 0),
    samples: profile.samples.length,
    topFunctions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((row) => ({ name: row.name, where: row.where, ...finish(row.selfMs) })),
    byArea: [...areas.entries()].sort((a, b) => b[1] - a[1]).map(([area, ms]) => ({ area, ...finish(ms) })),
  };
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const repo = url.indexOf('/apps/');
  if (repo >= 0) return url.slice(repo + 1);
  const packages = url.indexOf('/packages/');
  if (packages >= 0) return url.slice(packages + 1);
  return url.replace(/^file:\/\//, '');
}

function areaOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native / V8)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes('/apps/server/')) return 'hearth server';
  if (url.includes('/packages/')) return 'hearth packages';
  return 'other';
}
