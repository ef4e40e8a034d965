import { HearthError } from '../errors/catalogue';

interface CurrentCouple {
  couple: { id: string; status: string; confirmedByInviter: boolean; epoch: number };
}

/**
 * Shared writes need an active couple the inviter has confirmed. Until then the person who
 * joined has proved they hold the link, but the inviter has not yet checked who they are.
 */
export function requireCoupleOpenForWrites<T extends CurrentCouple>(current: T | undefined): T {
  if (!current || current.couple.status !== 'active') throw new HearthError('HEARTH_NO_COUPLE');
  if (!current.couple.confirmedByInviter) throw new HearthError('HEARTH_AWAITING_CONFIRMATION');
  return current;
}
