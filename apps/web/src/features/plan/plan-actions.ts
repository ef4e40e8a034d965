// Writing the plan's shared settings: all couple scope, so both phones work out the same plan.
import { startOfIsoWeek, type LocalDate, type PlanAdjustment } from '@hearth/core';
import { writeRecord } from '../../lib/records';

const nowIso = () => new Date().toISOString();

export async function saveLifeStage(stages: string[]): Promise<void> {
  await writeRecord('couple', { type: 'life-stage', stages, updatedAt: nowIso() });
}

export async function startPlan(today: LocalDate): Promise<void> {
  await writeRecord('couple', { type: 'plan-start', weekStart: startOfIsoWeek(today), createdAt: nowIso() });
}

export async function adjustPlan(adjustment: PlanAdjustment): Promise<void> {
  await writeRecord('couple', { type: 'plan-adjustment', adjustment, createdAt: nowIso() });
}
