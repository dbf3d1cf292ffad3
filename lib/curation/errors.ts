/** A correction refused for a reason the curator can fix; `code` maps to an HTTP status and a message. */
export type CorrectionErrorCode = 'not_found' | 'invalid_field' | 'invalid_value' | 'no_reason' | 'unchanged' | 'wrong_state';

export class CorrectionError extends Error {
  constructor(
    readonly code: CorrectionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CorrectionError';
  }
}
