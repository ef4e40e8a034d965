// Reactions after a reveal, in words (the symbol is only decoration).
import type { ReactionKind } from '../../lib/record-payloads';

export const reactionLabels: Record<ReactionKind, string> = {
  heart: 'Love this',
  smile: 'Made me smile',
  hug: 'Sending a hug',
  thinking: 'Made me think',
};
