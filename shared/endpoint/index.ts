export * from './endpointClient';
export * from './endpointError';
export * from './endpointRequest';
export * from './http';
export * from './resolutionClient';
export * from './serverSentData';
export * from './signIn';
export * from './syncTransport';
