/**
 * Everyday words residents use for things the knowledge base names
 * differently ("car" for "vehicle", "cougar" for "mountain lion"). A query
 * word also matches its synonyms. Keys are lower-case query words, values
 * the words that articles use. A plural key need not be listed: "cars"
 * falls back to "car".
 */
const RESIDENT_SYNONYMS: Record<string, string[]> = {
  airplane: ['aircraft'],
  alcohol: ['liquor'],
  apartment: ['residence', 'rental'],
  attorney: ['lawyer'],
  auto: ['vehicle'],
  babysitter: ['child'],
  beer: ['alcohol', 'liquor'],
  bike: ['bicycle'],
  bin: ['container', 'cart'],
  booze: ['alcohol', 'liquor'],
  bug: ['pest', 'pesticide', 'insect'],
  cannabis: ['marijuana'],
  car: ['vehicle'],
  charge: ['fee'],
  citation: ['ticket'],
  condo: ['home'],
  cop: ['police'],
  cost: ['fee'],
  cougar: ['lion'],
  daycare: ['child', 'childcare'],
  drunk: ['intoxication', 'alcohol'],
  ebike: ['electric', 'bicycle'],
  elderly: ['senior'],
  fee: ['cost'],
  fight: ['contest', 'dispute'],
  fireplace: ['wood', 'burning'],
  forgot: ['miss'],
  garbage: ['trash'],
  herbicide: ['pesticide'],
  house: ['home'],
  insecticide: ['pesticide'],
  jet: ['aircraft'],
  job: ['employment', 'position'],
  kid: ['child', 'youth'],
  kitten: ['cat'],
  landlord: ['rental', 'tenant'],
  lawyer: ['attorney'],
  liquor: ['alcohol'],
  medication: ['pharmaceutical'],
  medicine: ['pharmaceutical'],
  paycheck: ['wage'],
  pill: ['pharmaceutical', 'medication'],
  plane: ['aircraft'],
  pot: ['marijuana'],
  prescription: ['pharmaceutical'],
  price: ['fee', 'cost'],
  puma: ['lion'],
  puppy: ['dog'],
  rain: ['weather'],
  raining: ['weather'],
  renter: ['tenant'],
  reschedule: ['change', 'reset'],
  rubbish: ['trash'],
  salary: ['wage'],
  sewage: ['sewer'],
  shovel: ['snow'],
  sprinkler: ['irrigation'],
  stoplight: ['signal'],
  streetlight: ['light'],
  ticket: ['citation'],
  toddler: ['child'],
  truck: ['vehicle'],
  vandalism: ['graffiti'],
  weedkiller: ['pesticide', 'herbicide'],
  wifi: ['wi-fi'],
  wine: ['alcohol', 'liquor'],
  woodstove: ['wood', 'burning'],
};

/** Returns the synonyms of a lower-case query word, or an empty list. */
export function residentSynonyms(term: string): string[] {
  const direct = RESIDENT_SYNONYMS[term];
  if (direct) return direct;
  if (term.length > 3 && term.endsWith('s')) return RESIDENT_SYNONYMS[term.slice(0, -1)] ?? [];
  return [];
}
