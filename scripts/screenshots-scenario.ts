// Two partners through sign-up, pairing and a bit of a day, stopping at each main screen for a
// picture. Done the way a person does it, by accessible names (the e2e helpers where they fit).
import type { Browser, Page } from 'playwright-core';
import { openNav, signUp, uniqueStamp, waitForToday, writeNote } from '../e2e/support/app-actions';
import {
  answerQuestion,
  calmTimer,
  checkIn,
  logTouches,
  openQuestion,
  openToday,
  saveCheckinReminder,
  sendGratitude,
  startDeviceFree,
} from '../e2e/support/practice-actions';
import type { Camera } from './screenshots-camera';

const PHONE = { width: 390, height: 844 };

/** Opens a screen by its address and waits for its main heading. */
async function open(page: Page, baseUrl: string, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor({ timeout: 60_000 });
}

export async function photographScreens(browser: Browser, baseUrl: string, camera: Camera): Promise<void> {
  const stamp = uniqueStamp();
  const contextA = await browser.newContext({ viewport: PHONE });
  const contextB = await browser.newContext({ viewport: PHONE });
  const a = await contextA.newPage();
  const b = await contextB.newPage();

  // Signed out.
  await open(a, baseUrl, '/', 'Welcome to Hearth');
  await camera.shoot(a, 'welcome', 'Welcome (signed out)');
  await open(a, baseUrl, '/signin', 'Sign in');
  await camera.shoot(a, 'sign-in', 'Sign in');

  // Alice signs up, stopping at the form and at her recovery key.
  await open(a, baseUrl, '/signup', 'Create your account');
  const passwordA = `alice screenshots ${stamp}`;
  await a.getByLabel('Your name').fill('Alice');
  await a.getByLabel('Login handle').fill(`alice-${stamp}`);
  await a.getByLabel('Password', { exact: true }).fill(passwordA);
  await a.getByLabel('Password again').fill(passwordA);
  await camera.shoot(a, 'sign-up', 'Sign up');
  await a.getByRole('button', { name: 'Continue' }).click();
  await a.getByRole('heading', { name: 'Save your recovery key' }).waitFor({ timeout: 60_000 });
  await camera.shoot(a, 'recovery-key', 'Sign up: the recovery key');
  const groups = await a.locator('.recovery-group').allTextContents();
  await a.getByRole('button', { name: 'I have saved it' }).click();
  const labels = await a.locator('label', { hasText: /^Group \d+$/ }).allTextContents();
  await camera.shoot(a, 'recovery-key-check', 'Sign up: typing the recovery key back');
  for (const label of labels) {
    await a.getByLabel(label, { exact: true }).fill(groups[Number(label.replace('Group ', '')) - 1]!);
  }
  await a.getByRole('button', { name: 'Confirm and create account' }).click();
  await waitForToday(a, 'Alice');
  await camera.shoot(a, 'today-alone', 'Today before a partner joins');

  // Pairing: Alice invites, Bob joins, Alice confirms.
  await openNav(a, 'Partner');
  await a.getByRole('heading', { name: 'Your partner', level: 1 }).waitFor();
  await camera.shoot(a, 'partner', 'Partner, before inviting');
  await a.getByRole('button', { name: 'Create invitation link' }).click();
  const invitation = a.getByLabel('Invitation link');
  await invitation.waitFor({ timeout: 30_000 });
  await camera.shoot(a, 'partner-invitation', 'Partner: the invitation link');
  const link = await invitation.inputValue();
  await b.goto(link);
  await b.getByRole('heading', { name: 'You have been invited' }).waitFor({ timeout: 30_000 });
  await camera.shoot(b, 'invited', 'Invited (signed out)');
  await signUp(b, baseUrl, 'Bob', `bob-${stamp}`, `bob screenshots ${stamp}`);
  await b.getByRole('button', { name: 'Join Alice' }).waitFor({ timeout: 60_000 });
  await camera.shoot(b, 'join', 'Joining a partner');
  await b.getByRole('button', { name: 'Join Alice' }).click();
  await b.getByText('Waiting for Alice to confirm').waitFor({ timeout: 30_000 });
  await camera.shoot(b, 'partner-waiting', 'Partner: waiting for confirmation');
  await a.getByRole('heading', { name: 'Bob accepted your invitation' }).waitFor({ timeout: 30_000 });
  await camera.shoot(a, 'partner-confirm', 'Partner: confirm who joined');
  await a.getByRole('button', { name: 'Yes, confirm Bob' }).click();
  await a.getByRole('heading', { name: 'You and Bob' }).waitFor({ timeout: 30_000 });
  await a.getByLabel(/^Safety code:/).waitFor();
  await camera.shoot(a, 'partner-linked', 'Partner: linked, with the safety code');
  await b.getByRole('heading', { name: 'You and Alice' }).waitFor({ timeout: 30_000 });

  await openToday(a);
  await camera.shoot(a, 'today-empty', 'Today, nothing done yet');

  // Morning: check-ins both ways.
  await open(a, baseUrl, '/checkin', 'Morning check-in');
  await a.getByRole('radio', { name: 'Good' }).check();
  await a.getByLabel('A few words (optional)').fill('Slept well. Looking forward to our walk.');
  await camera.shoot(a, 'checkin', 'Morning check-in');
  await checkIn(a, 'Bob', 'Good', 'Slept well. Looking forward to our walk.', 'A hug before work');
  await checkIn(b, 'Alice', 'Okay', 'A bit tired, long week.');

  // The daily question: before Bob answers, then both answers together.
  await openQuestion(a);
  await camera.shoot(a, 'question', 'Today’s question, not answered');
  await answerQuestion(a, 'The summer we got lost on the way to the lake and did not mind at all.');
  await a.getByText('Your answer is saved. It unlocks when Bob answers.').waitFor({ timeout: 15_000 });
  await camera.shoot(a, 'question-waiting', 'Today’s question, waiting for the partner');
  await answerQuestion(b, 'Feeling listened to without being fixed.');
  await a.getByText('Feeling listened to without being fixed.').waitFor({ timeout: 15_000 });
  await b.getByRole('button', { name: 'Love this' }).click();
  await a.getByRole('list', { name: 'Replies' }).getByText('Love this').waitFor({ timeout: 15_000 });
  await camera.shoot(a, 'question-revealed', 'Today’s question, both answers revealed');

  // Touch, the hug timer and the touch ritual.
  await logTouches(a, ['Hug', 'Kiss', 'Holding hands'], 3);
  await logTouches(b, ['Cuddle'], 4);
  await open(a, baseUrl, '/touch', 'Touch');
  await camera.shoot(a, 'touch', 'Touch');
  await a.getByRole('button', { name: 'Start the 20-second hug' }).click();
  await a.waitForTimeout(1_500);
  await a.getByRole('button', { name: 'Pause the hug timer' }).click();
  await a.getByRole('heading', { name: 'The 20-second hug' }).scrollIntoViewIfNeeded();
  await camera.shoot(a, 'hug-timer', 'The 20-second hug, paused part-way');

  // A gentle plan (no check-up yet): its week, then the same practices recommended on Exercises.
  await open(a, baseUrl, '/plan', 'Our plan');
  await a.getByRole('button', { name: 'Start with a gentle plan instead' }).click();
  await a.getByRole('heading', { name: /^This week: / }).waitFor({ timeout: 30_000 });
  await camera.shoot(a, 'plan', 'Our plan, a gentle start');
  await open(a, baseUrl, '/exercises', 'Guided exercises');
  await a.getByRole('heading', { name: 'Recommended this week' }).waitFor({ timeout: 30_000 });
  await a.getByRole('list', { name: 'Exercises' }).waitFor({ timeout: 30_000 });
  await camera.shoot(a, 'exercises', 'Guided exercises');
  await open(a, baseUrl, '/touch-ritual', /./);
  await a.getByRole('button', { name: 'Start on this screen' }).waitFor({ timeout: 30_000 });
  await camera.shoot(a, 'touch-ritual', 'Two-minute touch ritual, choosing the parts');
  await a.getByRole('button', { name: 'Start on this screen' }).click();
  await a.getByRole('button', { name: 'Begin' }).click();
  await a.getByText(/^Step 1 of/).waitFor();
  // A timed step counts down: pause it, so the picture shows a steady ring.
  await a.getByRole('button', { name: 'Pause', exact: true }).click();
  await a.getByRole('button', { name: 'Resume' }).waitFor();
  await camera.shoot(a, 'touch-ritual-step', 'Touch ritual in the player, paused');

  // Weekly share: Bob writes, Alice reads and sees her own form.
  await open(b, baseUrl, '/share', 'This week’s share');
  await b
    .getByLabel('Your letter to Alice')
    .fill('Something I have never told you: I was nervous the first time I cooked for you.');
  await b.getByRole('button', { name: 'Send the letter' }).click();
  await b.getByRole('heading', { name: 'Your letter this week is with Alice' }).waitFor({ timeout: 15_000 });
  await open(a, baseUrl, '/share', 'This week’s share');
  await a.getByRole('heading', { name: 'From Bob this week' }).waitFor({ timeout: 15_000 });
  await camera.shoot(a, 'share', 'This week’s share');

  // Evening gratitude: Alice's form; Bob thanks Alice, who rereads it among her thank-yous.
  await open(a, baseUrl, '/gratitude', 'Evening gratitude');
  await a
    .getByLabel('One thing I appreciate about you')
    .fill('You made tea without asking, exactly when I needed it.');
  await camera.shoot(a, 'gratitude', 'Evening gratitude');
  await sendGratitude(b, 'Alice', 'How patiently you listened about my sister.', 'Our walk after dinner.');
  await open(a, baseUrl, '/thank-yous', 'Thank-yous');
  await a.getByText('How patiently you listened about my sister.').waitFor({ timeout: 15_000 });
  await camera.shoot(a, 'thank-yous', 'Thank-yous');

  // Device-free time: the choice, then the calm timer on both phones.
  await open(a, baseUrl, '/device-free', 'Device-free time');
  await camera.shoot(a, 'device-free', 'Device-free time');
  await startDeviceFree(a, 20);
  await calmTimer(a).waitFor({ timeout: 15_000 });
  await calmTimer(b).waitFor({ timeout: 15_000 });
  await camera.shoot(a, 'device-free-timer', 'Device-free time, the calm timer');
  await calmTimer(a).getByRole('button', { name: 'End for both of us' }).click();
  for (const page of [a, b]) {
    const back = page.getByRole('button', { name: 'Back to Hearth' });
    await Promise.race([
      calmTimer(page).waitFor({ state: 'hidden', timeout: 15_000 }),
      back.waitFor({ timeout: 15_000 }),
    ]);
    if (await back.isVisible()) await back.click();
  }

  // Notes, reminders, settings and export.
  await openNav(a, 'Notes');
  await writeNote(a, 'Notes to us', 'Book the cabin for the spring.');
  await writeNote(a, 'Notes to self', 'Ask Bob about his sister’s visit.');
  await camera.shoot(a, 'notes', 'Notes');
  await saveCheckinReminder(a, '08:00');
  await camera.shoot(a, 'reminders', 'Reminders');
  await open(a, baseUrl, '/settings', 'Settings');
  await a.getByRole('list', { name: 'Signed-in devices' }).waitFor();
  await camera.shoot(a, 'settings', 'Settings');
  await open(a, baseUrl, '/export', 'Export my data');
  await camera.shoot(a, 'export', 'Export my data');

  // The end of the day: Today with content, for each of them.
  await openToday(a);
  await camera.shoot(a, 'today', 'Today with the day’s practices');
  await openToday(b);
  await camera.shoot(b, 'today-partner', 'Today for the partner');

  await contextA.close();
  await contextB.close();
}
