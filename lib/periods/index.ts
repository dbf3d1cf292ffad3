/**
 * Periods: quarter keys, report period keys and what they cover (keys.ts), their Russian labels
 * (labels.ts) and report coverage (coverage.ts). Import from '@/lib/periods'.
 */
export * from './keys';
export * from './labels';
export * from './lists';
export * from './coverage';
export * from './describe';
