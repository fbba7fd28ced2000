export * from './terms';
export * from './events';
export * from './state';
export * from './caseStart';
export * from './checkStep';
export * from './deadline';
export * from './foldCaseEvents';
export * from './caseEventDoc';
