/**
 * Content versioning for the check-up and the pulse. Answers are saved with the id and version of
 * the questionnaire they were given under, and are always scored with that same version: items,
 * reverse keying and bands of an old version stay exactly as they were, so an old check-up keeps
 * its old meaning after a new version is published.
 */

export interface VersionedContent {
  id: string;
  version: number;
}

/** The published questionnaire with this id and version, or undefined when this app does not have it. */
export function findContentVersion<T extends VersionedContent>(
  published: readonly T[],
  id: string,
  version: number,
): T | undefined {
  return published.find((candidate) => candidate.id === id && candidate.version === version);
}

/** The newest published version with this id: the one a new check-up or pulse is taken with. */
export function latestContentVersion<T extends VersionedContent>(
  published: readonly T[],
  id: string,
): T | undefined {
  return published
    .filter((candidate) => candidate.id === id)
    .reduce<T | undefined>(
      (newest, candidate) =>
        newest === undefined || candidate.version > newest.version ? candidate : newest,
      undefined,
    );
}
