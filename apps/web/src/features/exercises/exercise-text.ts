// Words the exercise screens share: lengths, evidence, whose turn it is.
import type { EvidenceLevel, Exercise, StepRole } from '@hearth/content';
import type { SessionMemberRole } from '@hearth/core';

export function minutesText(exercise: Exercise): string {
  const { min, max } = exercise.durationMinutes;
  return min === max ? `${min} minutes` : `${min}–${max} minutes`;
}

export const evidenceText: Record<EvidenceLevel, string> = {
  strong: 'Strong research evidence',
  moderate: 'Some research evidence',
  'popular-claim': 'Widely recommended; little research yet',
};

const roleVerb: Partial<Record<StepRole, string>> = {
  speaker: 'speaks',
  listener: 'listens',
  toucher: 'gives the touch',
  receiver: 'receives',
};

/**
 * "You speak · Sam listens" for a step with roles; null when the step is for both alike.
 * `names` maps member ids to how this screen calls them ("You" for me on my own phone, names on a
 * shared screen).
 */
export function rolesText(
  roles: readonly SessionMemberRole[],
  names: (memberId: string) => string,
): string | null {
  if (roles.every((r) => r.role === 'both')) return null;
  return roles
    .map((r) => {
      const name = names(r.memberId);
      const verb = roleVerb[r.role] ?? 'joins in';
      if (name !== 'You') return `${name} ${verb}`;
      // "You speaks" → "You speak": the second person drops the -s.
      return `You ${verb.replace(/^(\w+?)s\b/, '$1')}`;
    })
    .join(' · ');
}
