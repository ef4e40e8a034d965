// Whether my own latest answers routed me to safety, which sets couple practices aside for me
// (only on my screens; my partner is never told). Loads the check-up content on demand.
import { coupleFeaturesPaused } from '@hearth/core';
import { checkupLibrary } from '../content/content-libraries';
import { useMyHistory } from './use-my-history';

export function useCoupleFeaturesPaused(myId: string): boolean {
  const checkup = checkupLibrary.use();
  const history = useMyHistory(checkup ?? null, myId);
  return !!checkup && !!history && coupleFeaturesPaused(checkup.checkup, history.routes);
}
