/**
 * Every Russian string of the UI, one module per area, behind this index so imports stay
 * `@/lib/i18n/ru`. No Russian text lives in components. Quarters and report periods are worded in
 * lib/periods/labels.ts.
 */
export * from './grammar';
export * from './labels';
export * from './common';
export * from './overview';
export * from './compare';
export * from './map';
export * from './sections';
export * from './events';
export * from './curation';
export * from './import';
export * from './auth';
export * from './export';
