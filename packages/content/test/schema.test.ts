import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listDataFiles, readDataFile, schemaForDataFile } from './support/content';

const files = listDataFiles();

describe('every data file matches its schema', () => {
  it('finds the data files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s has a schema (no stray files)', (path) => {
    expect(
      schemaForDataFile(path),
      `no schema is defined for data/${path}; add it to test/support/content.ts`,
    ).toBeDefined();
  });

  it.each(files)('%s is valid', (path) => {
    const schema = schemaForDataFile(path);
    if (!schema) return;
    const result = schema.safeParse(readDataFile(path));
    expect(result.success, result.success ? '' : `data/${path}:\n${z.prettifyError(result.error)}`).toBe(
      true,
    );
  });

  it('each exercise file is named after its id', () => {
    for (const path of files.filter((candidate) => candidate.startsWith('exercises/'))) {
      const data = readDataFile(path) as { id?: string };
      expect(`exercises/${data.id}.json`).toBe(path);
    }
  });

  it('each question deck holds only its own category', () => {
    for (const path of files.filter((candidate) => candidate.startsWith('questions/'))) {
      const category = path.slice('questions/'.length, -'.json'.length);
      const deck = readDataFile(path) as { id: string; category: string }[];
      const strays = deck.filter((question) => question.category !== category).map((question) => question.id);
      expect(strays, `data/${path} contains questions of another category`).toEqual([]);
    }
  });

  it('question ids are numbered upwards in file order', () => {
    for (const path of files.filter((candidate) => candidate.startsWith('questions/'))) {
      const numbers = (readDataFile(path) as { id: string }[]).map((question) =>
        Number(question.id.slice(-3)),
      );
      const outOfOrder = numbers.filter((number, index) => index > 0 && number <= (numbers[index - 1] ?? 0));
      expect(outOfOrder, `data/${path}: ids must rise in file order`).toEqual([]);
    }
  });
});
