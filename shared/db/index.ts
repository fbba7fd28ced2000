export * from './database';
export * from './schemas/activity';
export * from './schemas/claim';
export * from './schemas/client';
export * from './schemas/nameToken';
export * from './schemas/case';
export * from './schemas/caseEvent';
export * from './schemas/attestedTimes';
