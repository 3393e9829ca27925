/**
 * The fixed resident queries the benchmark runs, written against the topics
 * of the Boulder 311 FAQ. `kind` names the search behaviour that a query exercises.
 */

export type QueryKind = 'words' | 'prefix' | 'misspelling' | 'accented' | 'stop_words';

export type BenchQuery = { text: string; kind: QueryKind };

export const QUERIES: BenchQuery[] = [
  { text: 'how do I pay a parking ticket', kind: 'words' },
  { text: 'my car was towed where is it', kind: 'words' },
  { text: 'bear resistant trash container', kind: 'words' },
  { text: 'prairie dogs in my yard', kind: 'words' },
  { text: 'mountain lion sighting what to do', kind: 'words' },
  { text: 'building permit for a deck', kind: 'words' },
  { text: 'jury duty postpone', kind: 'words' },
  { text: 'fluoride in tap water', kind: 'words' },
  { text: 'disposable bag fee grocery', kind: 'words' },
  { text: 'train horn noise at night', kind: 'words' },
  { text: 'eco pass for downtown employees', kind: 'words' },
  { text: 'rent a park shelter for a birthday', kind: 'words' },
  { text: 'sidewalk snow removal', kind: 'words' },
  { text: 'liquor license renewal', kind: 'words' },
  { text: 'food truck permit', kind: 'words' },
  { text: 'solar rebate application', kind: 'words' },
  { text: 'barking dog complaint', kind: 'words' },
  { text: 'free wifi downtown', kind: 'words' },
  { text: 'sales tax license', kind: 'words' },
  { text: 'park', kind: 'prefix' },
  { text: 'recyc', kind: 'prefix' },
  { text: 'compo', kind: 'prefix' },
  { text: 'lic', kind: 'prefix' },
  { text: 'potthole', kind: 'misspelling' },
  { text: 'flouride', kind: 'misspelling' },
  { text: 'mountian lion', kind: 'misspelling' },
  { text: 'sidewalk café permit', kind: 'accented' },
  { text: 'Café', kind: 'accented' },
  { text: 'who is it', kind: 'stop_words' },
  { text: 'what can I do', kind: 'stop_words' },
];

/** The query whose full-text SQL is shown with EXPLAIN (ANALYZE, BUFFERS) in the report. */
export const EXPLAINED_QUERY = 'bear resistant trash container';
