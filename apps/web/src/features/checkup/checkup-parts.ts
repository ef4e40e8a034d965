// The check-up in parts of a few questions each, so it can be paused between them and progress
// shown: one part per area, then what gets in the way, then the private questions.
import type { CheckupInstrument, LocalizedText } from '@hearth/content';

export interface CheckupQuestion {
  id: string;
  text: LocalizedText;
  scale: string;
}

export interface CheckupPart {
  key: string;
  title: LocalizedText;
  intro?: LocalizedText;
  /** The private part: never shown to the partner, never in any summary. */
  private: boolean;
  questions: CheckupQuestion[];
}

export function checkupParts(instrument: CheckupInstrument): CheckupPart[] {
  const areas = instrument.dimensions.map((dimension) => ({
    key: dimension.id,
    title: dimension.title,
    intro: dimension.description,
    private: false,
    questions: instrument.items.filter((item) => item.dimension === dimension.id),
  }));
  return [
    ...areas,
    {
      key: 'barriers',
      title: { en: 'What gets in the way' },
      intro: instrument.barriers.intro,
      private: false,
      questions: instrument.barriers.items,
    },
    {
      key: 'private',
      title: { en: 'Just for you' },
      intro: instrument.safety.intro,
      private: true,
      questions: instrument.safety.items,
    },
  ];
}

/** The first part with a problem the scorer named, so the person lands where they can fix it. */
export function partOfQuestion(parts: readonly CheckupPart[], itemIdOrDimension: string): number {
  const index = parts.findIndex(
    (part) => part.key === itemIdOrDimension || part.questions.some((q) => q.id === itemIdOrDimension),
  );
  return Math.max(index, 0);
}
