// Building what is shared with the partner, field by field from toCoupleSummary, so nothing
// private (answers, support or safety routes, sensitive barriers) can ride along.
import { toCoupleSummary, type CheckupResult, type LocalDate } from '@hearth/core';
import type { CheckupSharePayload } from '../../lib/record-payloads';

export function checkupShareFrom(result: CheckupResult, takenOn: LocalDate, now: Date): CheckupSharePayload {
  const summary = toCoupleSummary(result);
  return {
    type: 'checkup-share',
    takenOn,
    summary: {
      instrumentId: summary.instrumentId,
      version: summary.version,
      dimensions: summary.dimensions.map(({ dimension, score, answered, band }) => ({
        dimension,
        score,
        answered,
        band,
      })),
      workOnFirst: summary.workOnFirst.map(({ dimension, exerciseIds }) => ({
        dimension,
        exerciseIds: [...exerciseIds],
      })),
      barriers: [...summary.barriers],
    },
    sharedAt: now.toISOString(),
  };
}
