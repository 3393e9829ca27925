type FieldErrorList = readonly { field: string; message: string }[];

/**
 * Maps the server's field paths, such as "input.teamMeeting.startTime", to
 * messages keyed by the path without the argument name ("teamMeeting.startTime").
 */
export function fieldErrorMap(fields: FieldErrorList, argumentName?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, message } of fields) {
    const prefix = argumentName === undefined ? '' : `${argumentName}.`;
    const key = prefix !== '' && field.startsWith(prefix) ? field.slice(prefix.length) : field;
    errors[key] = errors[key] === undefined ? message : `${errors[key]} ${message}`;
  }
  return errors;
}

/** Lists the messages of errors whose key is not in `shown`, so an error on a field without its own input still appears. */
export function otherFieldErrors(errors: Record<string, string>, shown: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => !shown.some((name) => key === name || key.startsWith(`${name}.`) || key.startsWith(`${name}[`)))
    .map(([, message]) => message);
}

/**
 * Moves the errors of list items, keyed "holidays.1", to the list's own key.
 * Each message gets the prefix `prefixOf` returns for the item's index: by
 * default its line counted from 1 ("Line 2: …"), none when it returns null.
 */
export function foldListErrors(
  errors: Record<string, string>,
  list: string,
  prefixOf: (index: number) => string | null = (index) => `Line ${index + 1}`,
): Record<string, string> {
  const folded: Record<string, string> = {};
  const itemMessages: string[] = [];
  for (const [key, message] of Object.entries(errors)) {
    const item = new RegExp(`^${list}\\.(\\d+)$`).exec(key);
    if (item === null) {
      folded[key] = message;
      continue;
    }
    const prefix = prefixOf(Number(item[1]));
    itemMessages.push(prefix === null ? message : `${prefix}: ${message}`);
  }
  if (itemMessages.length > 0) folded[list] = [folded[list], ...itemMessages].filter((text) => text !== undefined).join(' ');
  return folded;
}
