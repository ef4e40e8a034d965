import { randomUUID } from 'node:crypto';
import { sealRecord } from '@hearth/crypto';
import { eq, inArray } from 'drizzle-orm';
import { couples, coupleMembers, records, revealAnswers, users } from '../../apps/server/src/db/schema';
import { anyPayload } from '../../apps/web/src/lib/record-payloads';
import { insertInBatches, withStoppedServerDatabase } from './insert-rows';
import type { NodeDevice } from './node-device';
import type { HistoryAnswer, HistoryRecord, Person } from './year-of-history';

/**
 * Seals a year of history under the couple's real keys, exactly as the web app seals records and
 * daily-question answers, and writes it into the stopped server's database. The couple and both
 * people are dated back to the first day, so the app sees a couple that has been here a year.
 */
export async function storeYear(
  dataDir: string,
  people: Record<Person, NodeDevice>,
  history: { records: HistoryRecord[]; answers: HistoryAnswer[]; since: Date },
): Promise<void> {
  const coupleId = people.me.coupleId;
  const coupleKey = people.me.coupleKey;
  const recordRows = history.records.map((item): typeof records.$inferInsert => {
    // The app's own schema check: a payload it would not accept would measure nothing real.
    anyPayload.parse(item.payload);
    const author = people[item.author];
    const id = randomUUID();
    const ownerId = item.scope === 'user' ? author.userId : coupleId;
    const sealed = sealRecord(
      item.scope === 'user' ? author.keys.pdk : coupleKey,
      item.scope === 'user' ? 'pdk' : 'ck-0',
      { scope: item.scope, ownerId, recordId: id, authorId: author.userId, version: 1 },
      item.payload,
    );
    return {
      id,
      scope: item.scope,
      ownerUserId: item.scope === 'user' ? author.userId : null,
      coupleId: item.scope === 'couple' ? coupleId : null,
      authorId: author.userId,
      version: 1,
      keyEpoch: 0,
      ...sealed,
      deleted: false,
      updatedAt: item.at,
    };
  });
  const answerRows = history.answers.map((answer): typeof revealAnswers.$inferInsert => {
    const authorId = people[answer.author].userId;
    const payload = {
      type: 'question-answer',
      questionId: answer.questionId,
      date: answer.date,
      text: answer.text,
      createdAt: answer.at.toISOString(),
    };
    anyPayload.parse(payload);
    const sealed = sealRecord(
      coupleKey,
      'ck-0',
      { scope: 'couple', ownerId: coupleId, recordId: `reveal:${answer.tag}`, authorId, version: 1 },
      payload,
    );
    return { coupleId, tag: answer.tag, authorId, keyEpoch: 0, ...sealed, createdAt: answer.at };
  });

  await withStoppedServerDatabase(dataDir, async (db) => {
    await insertInBatches(recordRows, (batch) => db.insert(records).values(batch));
    await insertInBatches(answerRows, (batch) => db.insert(revealAnswers).values(batch));
    const userIds = [people.me.userId, people.partner.userId];
    await db.update(couples).set({ createdAt: history.since }).where(eq(couples.id, coupleId));
    await db
      .update(coupleMembers)
      .set({ joinedAt: history.since })
      .where(eq(coupleMembers.coupleId, coupleId));
    await db.update(users).set({ createdAt: history.since }).where(inArray(users.id, userIds));
  });
}
