import { createResource, type Accessor } from 'solid-js';
import { query } from '../../lib/api';
import { setCenterTimeZone } from '../../lib/time';
import { DirectoryDocument, type DirectoryQuery } from '../../lib/graphql';

export type Topic = DirectoryQuery['topics'][number];
export type Department = DirectoryQuery['departments'][number];

export type Directory = {
  /** Every topic, sorted by name, or an empty list until loaded. */
  topics: Accessor<Topic[]>;
  /** Every department, sorted by name, or an empty list until loaded. */
  departments: Accessor<Department[]>;
  /** The load error message, or null. */
  error: Accessor<string | null>;
  findTopic: (id: string | null | undefined) => Topic | undefined;
};

function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((left, right) => left.name.localeCompare(right.name));
}

/**
 * Loads topics and departments once. The accessors never suspend, so a slow
 * directory does not hold back the inbox, and selects stay empty until it arrives.
 */
export function createDirectory(): Directory {
  const [data] = createResource(async () => {
    const result = await query(DirectoryDocument, {});
    setCenterTimeZone(result.center.timeZone);
    return { topics: byName(result.topics), departments: byName(result.departments) };
  });

  const loaded = () => (data.state === 'ready' || data.state === 'refreshing' ? data() : undefined);

  return {
    topics: () => loaded()?.topics ?? [],
    departments: () => loaded()?.departments ?? [],
    error: () => {
      if (data.state !== 'errored') return null;
      const cause = data.error instanceof Error ? data.error.message : String(data.error);
      return `Topics and departments could not be loaded: ${cause}`;
    },
    findTopic: (id) => (id ? loaded()?.topics.find((topic) => topic.id === id) : undefined),
  };
}
