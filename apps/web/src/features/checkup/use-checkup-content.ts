// The check-up content and the exercise library, loaded on demand (never with the first screen).
import { checkupLibrary, exerciseLibrary } from '../content/content-libraries';

export type CheckupContent = NonNullable<ReturnType<typeof checkupLibrary.use>>;
export type ExerciseContent = NonNullable<ReturnType<typeof exerciseLibrary.use>>;

export function useCheckupContent(): { checkup: CheckupContent; library: ExerciseContent } | null {
  const checkup = checkupLibrary.use();
  const library = exerciseLibrary.use();
  return checkup && library ? { checkup, library } : null;
}
