import { createSignal } from 'solid-js';
import type { FieldProblem } from './fieldProblems';

/** Largest photo the server accepts; the server's default until publicFormLimits has loaded. */
const [photoMaxBytes, setPhotoMaxBytes] = createSignal(5 * 1024 * 1024);
export { photoMaxBytes, setPhotoMaxBytes };

/** Formats a limit in MB for the form's hint and errors, such as "5" or "2.5". */
export function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

/** Content types the server accepts, by file extension for browsers that leave File.type empty (common for HEIC). */
const typesByExtension: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
};

export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,.heic';

/** Returns the content type to declare for `file`, or undefined when the form does not accept it. */
export function photoContentType(file: File): string | undefined {
  const declared = file.type.toLowerCase();
  if (Object.values(typesByExtension).includes(declared)) return declared;
  if (declared !== '' && declared !== 'application/octet-stream') return undefined;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return typesByExtension[extension];
}

/** Checks what the browser can check before sending; the server checks the bytes themselves. */
export function checkPhotoFile(file: File): FieldProblem | undefined {
  if (photoContentType(file) === undefined) return { code: 'photoType' };
  if (file.size > photoMaxBytes()) return { code: 'photoTooLarge' };
  if (file.size === 0) return { code: 'photoUnreadable' };
  return undefined;
}

/** Reads `file` as base64 without the data-URL prefix. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the photo could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Formats a file size for people: "850 KB" or "2.4 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale).format(Math.ceil(bytes / 1024))} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
