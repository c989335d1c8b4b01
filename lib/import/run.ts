import 'server-only';
import { ImportRefused, type RunImport } from './types';

// PLACEHOLDER until the importer branch (`import`) lands: it replaces this file with the real
// runImport. /admin/import is written against the contract in ./types.ts only.
export const runImport: RunImport = async () => {
  throw new ImportRefused('The importer is not part of this build yet.');
};
