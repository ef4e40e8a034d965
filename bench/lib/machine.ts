import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { readFileSync } from 'node:fs';

export interface MachineInfo {
  cores: number;
  memoryGb: number;
  cpuModel: string;
  node: string;
  os: string;
  /** 1-minute load average when the run started: above ~0.3 something else was competing for the CPU. */
  loadAverageAtStart: number;
}

/** What the figures were measured on: results from different machines are not comparable. */
export function describeMachine(): MachineInfo {
  const cpuList = cpus();
  return {
    cores: cpuList.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    node: process.version,
    os: `${prettyOsName() ?? osType()} (kernel ${release()})`,
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

function prettyOsName(): string | undefined {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}
