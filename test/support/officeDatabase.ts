// Raw database access for tests that arrange documents the core never writes itself (another
// office's claims, a case from the endpoint) or check what it stored.
export { officeDatabaseOf as databaseOf } from '../../shared/office/officeDatabase';
