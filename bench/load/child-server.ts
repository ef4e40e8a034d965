import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { repoRoot } from '../lib/paths';

/**
 * Each server under test runs in its own process so it never shares an event loop with the
 * load generator. Everything binds to 127.0.0.1.
 */
export interface ChildServer {
  pid: number;
  port: number;
  baseUrl: string;
  output(): string;
  /** Resident memory now and at its peak, in MB, from /proc/<pid>/status. */
  memory(): { rssMb: number; peakRssMb: number };
  /** Sends a message over IPC (only when started with `ipc: true`) and waits for `<type>-done`. */
  ask(message: { type: string; [key: string]: unknown }): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startChild(options: {
  script: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  readyPath: string;
  timeoutMs?: number;
  ipc?: boolean;
}): Promise<ChildServer> {
  const port = await freePort();
  // tsx first, so further --import preloads may be TypeScript too.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', ...(options.nodeArgs ?? []), options.script],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...options.env,
        PORT: String(port),
        HEARTH_HOST: '127.0.0.1',
        HEARTH_LOG_LEVEL: 'warn',
      },
      stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.script} exited early:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}${options.readyPath}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.script} was not ready in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return {
    pid,
    port,
    baseUrl,
    output: () => output,
    memory: () => readMemory(pid),
    ask: (message) =>
      new Promise<void>((resolve, reject) => {
        const onMessage = (reply: { type?: string; error?: string }) => {
          if (reply.type === `${message.type}-done`) resolve();
          else if (reply.type === `${message.type}-failed`) reject(new Error(reply.error));
          else return;
          child.off('message', onMessage);
        };
        child.on('message', onMessage);
        child.send(message);
      }),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function readMemory(pid: number): { rssMb: number; peakRssMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rssMb: Number.NaN, peakRssMb: Number.NaN };
  }
}
