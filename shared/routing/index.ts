export * from './requestTypes';
export * from './routingFacts';
export * from './routeReason';
export * from './freeDesk';
export * from './routeRequest';
export * from './routeExplanation';
