import { importText } from '@/lib/i18n/ru';

/** The Russian sentence for an error code of the import API. */
export function errorMessage(code: string | undefined, limitBytes?: number): string {
  if (code === 'too_large') return importText.tooLarge(Math.round((limitBytes ?? 0) / (1024 * 1024)));
  return importText.errors[code ?? 'server'] ?? importText.errors.server ?? '';
}
