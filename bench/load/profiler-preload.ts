import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * Loaded into the server child with --import when profiling. The parent says when to start and
 * stop over the IPC channel, so the profile covers the steady state under load only (not start-up,
 * migrations or warm-up), and the server's own code stays untouched.
 */
interface ProfilerMessage {
  type: 'profile-start' | 'profile-stop';
  path?: string;
}

const session = new Session();
session.connect();

process.on('message', (message: ProfilerMessage) => {
  void handle(message).then(
    () => process.send?.({ type: `${message.type}-done` }),
    (error: unknown) => process.send?.({ type: `${message.type}-failed`, error: String(error) }),
  );
});

async function handle(message: ProfilerMessage): Promise<void> {
  if (message.type === 'profile-start') {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
  } else if (message.type === 'profile-stop' && message.path) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(message.path, JSON.stringify(profile));
  }
}
