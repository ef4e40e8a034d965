// The check-in mood scale: numbers for the record, words for people (never only a picture).
export interface MoodOption {
  value: 1 | 2 | 3 | 4 | 5;
  word: string;
}

export const moodOptions: readonly MoodOption[] = [
  { value: 1, word: 'Heavy' },
  { value: 2, word: 'Low' },
  { value: 3, word: 'Okay' },
  { value: 4, word: 'Good' },
  { value: 5, word: 'Bright' },
];

export function moodWord(value: number): string {
  return moodOptions.find((o) => o.value === value)?.word ?? 'Okay';
}
