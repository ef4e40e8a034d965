// Writing the daily practices. Each write is a new encrypted couple record with an id chosen
// here, once, so an offline write retried from the outbox can never make a second copy.
import { isoWeek } from '@hearth/core';
import { appSession } from '../../lib/app-session';
import { writeRecord } from '../../lib/records';
import type {
  DeviceFreePayload,
  QuestionAnswerPayload,
  ReactionKind,
  TouchKind,
} from '../../lib/record-payloads';
import { reportPracticeDone } from './practice-done';

const nowIso = () => new Date().toISOString();

/** Trimmed text, or undefined when nothing was written (optional fields stay absent). */
function optionalText(value: string): string | undefined {
  const t = value.trim();
  return t ? t : undefined;
}

export async function saveCheckin(date: string, mood: number, words: string, help: string): Promise<void> {
  await writeRecord('couple', {
    type: 'checkin',
    date,
    mood,
    words: optionalText(words),
    help: optionalText(help),
    createdAt: nowIso(),
  });
  reportPracticeDone('checkin', date);
}

export async function saveGratitude(date: string, aboutYou: string, aboutUs: string): Promise<void> {
  await writeRecord('couple', {
    type: 'gratitude',
    date,
    aboutYou: aboutYou.trim(),
    aboutUs: aboutUs.trim(),
    createdAt: nowIso(),
  });
  reportPracticeDone('gratitude', date);
}

export async function logTouch(date: string, kind: TouchKind): Promise<void> {
  await writeRecord('couple', { type: 'touch', date, kind, at: nowIso(), forBoth: true });
}

export async function startDeviceFree(minutes: DeviceFreePayload['minutes']): Promise<void> {
  await writeRecord('couple', { type: 'device-free', startedAt: nowIso(), minutes });
}

/** Ends a running device-free time for both phones (the same record, with an end). */
export async function endDeviceFree(recordId: string, payload: DeviceFreePayload): Promise<void> {
  await writeRecord('couple', { ...payload, endedAt: nowIso() }, recordId);
}

export async function saveShare(date: string, text: string, promptId?: string): Promise<void> {
  await writeRecord('couple', {
    type: 'vulnerability',
    week: isoWeek(date),
    text: text.trim(),
    promptId,
    createdAt: nowIso(),
  });
}

/** My answer to today's question: sealed under its reveal tag and queued (works offline). */
export async function answerQuestion(
  target: { tag: string; coupleId: string; epoch: number; questionId: string; date: string },
  text: string,
): Promise<void> {
  const engine = appSession.engine;
  if (!engine) throw new Error('Not signed in');
  const answer: QuestionAnswerPayload = {
    type: 'question-answer',
    questionId: target.questionId,
    date: target.date,
    text: text.trim(),
    createdAt: nowIso(),
  };
  await engine.writeReveal(target.tag, target.coupleId, target.epoch, answer);
  reportPracticeDone('question', target.date);
}

export async function skipQuestion(date: string, questionId: string): Promise<void> {
  await writeRecord('couple', { type: 'question-skip', date, questionId });
}

export async function setFavourite(questionId: string, starred: boolean): Promise<void> {
  await writeRecord('couple', { type: 'question-favourite', questionId, starred, at: nowIso() });
}

export async function replyToQuestion(
  tag: string,
  reply: { reaction?: ReactionKind; text?: string },
): Promise<void> {
  await writeRecord('couple', {
    type: 'question-reply',
    tag,
    reaction: reply.reaction,
    text: reply.text ? optionalText(reply.text) : undefined,
    createdAt: nowIso(),
  });
}
