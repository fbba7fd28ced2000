export * from './contract';
export { IpcValidationError } from './validate';
export type { Parser } from './validate';
