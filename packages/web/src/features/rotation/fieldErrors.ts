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

/** Lists the errors whose key is not in `shown`, so an error on a field without its own input still appears. */
export function otherFieldErrors(errors: Record<string, string>, shown: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => !shown.some((name) => key === name || key.startsWith(`${name}.`) || key.startsWith(`${name}[`)))
    .map(([key, message]) => `${key}: ${message}`);
}
