export interface TextItem {
  id: string;
  text: string;
}

export interface NearDuplicate {
  a: string;
  b: string;
  similarity: number;
}

// Words so common that sharing them says nothing about two questions being alike.
const STOP_WORDS = new Set(
  'a an the and or but of to in on at for with about from by as is are was were be been it its this that these those you your yours me my i we our us do does did what when where which who how why would could should can will if than then so just there their them they one whats whos hows wheres youre youve youd ive im id dont isnt its thats'.split(
    ' ',
  ),
);

/** Lower-case, strip punctuation, fold a plural "s", drop stop words: the content words of a text. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
  return new Set(words);
}

/** Normalised text: lower case, letters and digits only, single spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Character trigrams of the normalised text: catches rewordings that keep most of the wording. */
export function trigrams(text: string): Set<string> {
  const normal = ` ${normalise(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= normal.length; i++) grams.add(normal.slice(i, i + 3));
  return grams;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Thresholds {
  /** Token-set Jaccard of content words. */
  words: number;
  /** Jaccard of character trigrams of the whole normalised text. */
  trigrams: number;
}

function couldReach(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold: number): boolean {
  const small = Math.min(a.size, b.size);
  const large = Math.max(a.size, b.size);
  return large === 0 || small / large >= threshold;
}

/**
 * Pairs of texts that are near-duplicates by either measure. The size check skips pairs that
 * cannot reach a threshold, which keeps 600+ items well under a second.
 */
export function findNearDuplicates(items: readonly TextItem[], thresholds: Thresholds): NearDuplicate[] {
  const prepared = items.map((item) => ({
    id: item.id,
    words: contentWords(item.text),
    grams: trigrams(item.text),
  }));
  const found: NearDuplicate[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const a = prepared[i];
    if (!a) continue;
    for (let j = i + 1; j < prepared.length; j++) {
      const b = prepared[j];
      if (!b) continue;
      const wordScore = couldReach(a.words, b.words, thresholds.words) ? jaccard(a.words, b.words) : 0;
      const gramScore = couldReach(a.grams, b.grams, thresholds.trigrams) ? jaccard(a.grams, b.grams) : 0;
      if (wordScore >= thresholds.words || gramScore >= thresholds.trigrams) {
        found.push({ a: a.id, b: b.id, similarity: Math.round(Math.max(wordScore, gramScore) * 100) / 100 });
      }
    }
  }
  return found;
}
