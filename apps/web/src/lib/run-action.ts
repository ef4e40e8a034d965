// Something a person started that can fail (saving, sending, signing in): while it runs its
// buttons are busy, and a failure becomes one short sentence for them instead of an exception.
// Kept apart from React so that the rules can be tested without a renderer.
import { friendlyError } from './friendly-errors';

export interface ActionProgress {
  setBusy(busy: boolean): void;
  setError(message: string | null): void;
}

export interface ActionOptions {
  /**
   * The action ends by leaving this screen or replacing this form (going to Today, entering the
   * app): stay busy after it succeeds, so nothing can be pressed twice on the way out.
   */
  leavesScreen?: boolean;
  /** Better words for a failure than the usual ones, when this action knows them. */
  describeError?: (error: unknown) => string;
  /** What else a failure changes on the screen, besides the sentence. */
  onError?: (error: unknown) => void;
}

/** Runs `action` and reports its progress; resolves to whether it succeeded, and never rejects. */
export async function runAction(
  action: () => unknown,
  progress: ActionProgress,
  { leavesScreen = false, describeError = friendlyError, onError }: ActionOptions = {},
): Promise<boolean> {
  progress.setBusy(true);
  progress.setError(null);
  try {
    await action();
  } catch (error) {
    onError?.(error);
    progress.setError(describeError(error));
    progress.setBusy(false);
    return false;
  }
  if (!leavesScreen) progress.setBusy(false);
  return true;
}
