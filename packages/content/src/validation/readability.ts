import { syllable } from 'syllable';

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
const SENTENCE_END = /[.!?…]+(?:\s|$)/g;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease: higher is easier; 60-70 is plain English, 80+ is easy. */
  readingEase: number;
}

/** Flesch reading ease of a short text, counting syllables with the `syllable` package. */
export function readability(text: string): Readability {
  const words = text.match(WORD) ?? [];
  // A text without end punctuation (a title, "I love when we…") is still one sentence.
  const sentences = Math.max(1, (text.match(SENTENCE_END) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  if (words.length === 0) return { words: 0, sentences, syllables: 0, readingEase: 100 };
  const readingEase = 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllables / words.length);
  return { words: words.length, sentences, syllables, readingEase: Math.round(readingEase * 10) / 10 };
}
