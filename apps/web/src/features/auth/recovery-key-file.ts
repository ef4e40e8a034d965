// The text of the saved recovery key file: enough to use it a year from now without this screen
// (which account, on which server, what to do with it). Pure.
import { LOSS_WARNING } from './recovery-wording';

export function recoveryKeyFileText(input: {
  display: string;
  handle: string;
  serverAddress: string;
}): string {
  return [
    'Hearth recovery key',
    '',
    input.display,
    '',
    `Account (login handle): ${input.handle}`,
    `Hearth server: ${input.serverAddress}`,
    '',
    'What this is for: if you forget your password, open the Hearth server above, choose',
    '"Sign in", then "Use your recovery key", and type this key with your login handle.',
    'You then choose a new password; your private things stay readable.',
    '',
    'Keep this file somewhere private, away from the device you use Hearth on.',
    LOSS_WARNING,
    '',
  ].join('\n');
}
