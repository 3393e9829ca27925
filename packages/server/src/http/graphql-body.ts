import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';

/** The one operation allowed past MAX_JSON_BODY_KB, because it carries a base64 photo. */
const PHOTO_OPERATION_FIELD = 'submitWebInquiry';

/**
 * Parses GraphQL JSON bodies. Bodies up to `maxJsonBodyBytes` may hold any
 * operation. A larger body, up to that limit plus the base64 size of the
 * largest photo, must be a single `submitWebInquiry` mutation that still fits
 * `maxJsonBodyBytes` without the photo's base64 text. Anything else gets 413
 * as before.
 *
 * NOTE: the raised limit is checked after parsing, so any anonymous request
 * can make the server buffer up to the raised limit once before it is refused.
 */
export function graphqlBodyParser(options: { maxJsonBodyBytes: number; maxPhotoBytes: number }): RequestHandler {
  const photoLimit = options.maxJsonBodyBytes + base64Length(options.maxPhotoBytes);
  const parser = express.json({
    limit: photoLimit,
    verify: (request, _response, buffer) => {
      (request as Request & { bodyBytes?: number }).bodyBytes = buffer.length;
    },
  });
  const standardKb = Math.round(options.maxJsonBodyBytes / 1024);
  const photoKb = Math.round(photoLimit / 1024);
  const tooLarge = (response: Response) =>
    response.status(413).json({
      error: `Request body is larger than the limit of ${standardKb} KB (${photoKb} KB for a public-form question with a photo)`,
    });

  return (request: Request, response: Response, next: NextFunction) => {
    parser(request, response, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        tooLarge(response);
        return;
      }
      if (error) {
        next(error);
        return;
      }
      const bodyBytes = (request as Request & { bodyBytes?: number }).bodyBytes ?? 0;
      if (bodyBytes > options.maxJsonBodyBytes && bodyBytes - photoTextLength(request.body) > options.maxJsonBodyBytes) {
        tooLarge(response);
        return;
      }
      next();
    });
  };
}

/** Returns the length of the base64 text that encodes `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/**
 * Returns the length of the photo's base64 text when `body` is one GraphQL
 * request whose document is exactly one mutation selecting only
 * submitWebInquiry, with the photo in a variable or inline; 0 otherwise.
 */
function photoTextLength(body: unknown): number {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 0;
  const { query, variables } = body as { query?: unknown; variables?: unknown };
  if (typeof query !== 'string') return 0;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return 0;
  }
  if (document.definitions.length !== 1) return 0;
  const [operation] = document.definitions;
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation') return 0;
  const selections = operation.selectionSet.selections;
  if (selections.length !== 1 || selections[0].kind !== Kind.FIELD || selections[0].name.value !== PHOTO_OPERATION_FIELD) return 0;

  const input = selections[0].arguments?.find((argument) => argument.name.value === 'input')?.value;
  if (input?.kind === Kind.VARIABLE) {
    const values = typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {};
    const data = (values[input.name.value] as { photo?: { dataBase64?: unknown } } | undefined)?.photo?.dataBase64;
    return typeof data === 'string' ? data.length : 0;
  }
  if (input?.kind === Kind.OBJECT) {
    const photo = input.fields.find((field) => field.name.value === 'photo')?.value;
    const data = photo?.kind === Kind.OBJECT ? photo.fields.find((field) => field.name.value === 'dataBase64')?.value : undefined;
    return data?.kind === Kind.STRING ? data.value.length : 0;
  }
  return 0;
}
