// Today's question for the two of us and where each of us stands with it. The partner's answer
// only ever arrives from the server once mine is stored; until then we know only that they
// answered ("waiting for you").
import type { Question } from '@hearth/content';
import { revealTag } from '@hearth/crypto';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { appSession } from '../../lib/app-session';
import type { QuestionAnswerPayload } from '../../lib/record-payloads';
import { useSyncSnapshot } from '../../lib/use-session';
import { questionLibrary } from '../content/content-libraries';
import {
  coupleRecords,
  questionPrefsOf,
  questionSkips,
  starredQuestionIds,
} from '../practices/practice-records';
import { localDateOf } from '../../lib/local-today';
import { useActiveCouple, type ActiveCouple } from '../practices/use-couple';
import { useToday } from '../practices/use-today';
import { dailyQuestionId } from './daily-question';
import { fetchReveal, openReveal } from './reveal-client';

export interface DailyQuestionReady {
  status: 'ready';
  couple: ActiveCouple;
  date: string;
  question: Question;
  tag: string;
  /** My answer: from the server, or still waiting in this device's outbox. */
  mine: QuestionAnswerPayload | null;
  minePending: boolean;
  partner: QuestionAnswerPayload | null;
  partnerAnswered: boolean;
  /** Both answers are here: they unlock together. */
  revealed: boolean;
  /** The server's answer has arrived at least once (so "not answered" is known, not a guess). */
  checked: boolean;
  problem: boolean;
  starred: boolean;
}

export type DailyQuestionState = { status: 'no-couple' } | { status: 'loading' } | DailyQuestionReady;

/** Refetches reveals when something changed on the server or one of my answers was sent. */
function useRevealRefresh(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['reveal'] });
    const offChange = appSession.onLiveChange(refresh);
    const offSent = appSession.engine?.onRevealSent(refresh) ?? (() => undefined);
    return () => {
      offChange();
      offSent();
    };
  }, [queryClient]);
}

export function useDailyQuestion(): DailyQuestionState {
  const couple = useActiveCouple();
  const library = questionLibrary.use();
  // Older skips and choices decide today's question: wait until every record is open.
  const { records, pendingReveals, complete } = useSyncSnapshot();
  const date = useToday();
  useRevealRefresh();

  const shared = useMemo(() => (couple ? coupleRecords(records, couple.coupleId) : []), [records, couple]);
  const picked = useMemo(() => {
    if (!couple || !library || !complete) return null;
    const startDate = localDateOf(couple.createdAt) ?? date;
    const id = dailyQuestionId({
      coupleKey: couple.coupleKey,
      library: library.questions,
      startDate,
      date,
      skips: questionSkips(shared),
      preferences: {
        mine: questionPrefsOf(shared, couple.myId)?.payload ?? null,
        partner: questionPrefsOf(shared, couple.partnerId)?.payload ?? null,
      },
    });
    const question = library.questions.find((q) => q.id === id);
    if (!question) return null;
    return { question, tag: revealTag(couple.coupleKey, question.id, date) };
  }, [couple, library, shared, date, complete]);

  const reveal = useQuery({
    queryKey: ['reveal', picked?.tag ?? ''],
    queryFn: () => fetchReveal(picked!.tag),
    enabled: picked !== null,
    staleTime: 5_000,
  });

  if (!couple) return { status: 'no-couple' };
  if (!picked) return { status: 'loading' };
  const ctx = {
    tag: picked.tag,
    coupleId: couple.coupleId,
    myId: couple.myId,
    questionId: picked.question.id,
    date,
  };
  const opened = reveal.data ? openReveal(reveal.data, ctx) : null;
  const pending = pendingReveals.find((p) => p.tag === picked.tag)?.answer ?? null;
  const mine = opened?.mine ?? pending;
  const partner = mine ? (opened?.partner ?? null) : null;
  return {
    status: 'ready',
    couple,
    date,
    question: picked.question,
    tag: picked.tag,
    mine,
    minePending: !opened?.mine && pending !== null,
    partner,
    partnerAnswered: opened?.partnerAnswered ?? false,
    revealed: mine !== null && partner !== null,
    checked: reveal.data !== undefined,
    problem: opened?.problem ?? false,
    starred: starredQuestionIds(shared).has(picked.question.id),
  };
}
