export * from './rule';
export * from './evaluateRegulations';
export * from './defaults';
export * from './validateRule';
export * from './versions';
export * from './caseContext';
export * from './recommendationDoc';
