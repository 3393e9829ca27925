/**
 * Failures that are not expected results: the caller lacks permission, is not
 * signed in, or asked for something malformed at the protocol level. Expected
 * outcomes (already claimed, invalid field) are typed results instead.
 */
export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
