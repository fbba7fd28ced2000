export * from './foldDealEditions';
export * from './splitsOfCase';
