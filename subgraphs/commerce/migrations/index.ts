import type { MigrationSet } from '../../../kit';

export const migrations: MigrationSet = { sqlite: [], mysql: [] };
