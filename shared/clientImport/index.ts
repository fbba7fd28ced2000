// Importing a client base into an office: the plan of the clients to write and what happens to
// each person the agency already knows. Used by `claimdesk import` (and the app's import later).
export * from './importPlan';
export * from './importDecisions';
export * from './runImport';
