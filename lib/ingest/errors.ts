/** Input that cannot be a report. The import layer prefixes the file name. */
export type ReportErrorCode = 'empty' | 'not_a_report' | 'no_period' | 'no_events' | 'unreadable' | 'unsupported_format';

export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}
