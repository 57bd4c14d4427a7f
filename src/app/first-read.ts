import { readWorkspaceDirectly, type DirectRead } from '../db/read-workspace-directly';
import { DATABASE_NAME } from '../db/schema-version';

/**
 * The workspace, read as early as the page can: index.html runs this small module before the
 * app's own, so the browser opens the database and reads the plans while the rest of the code
 * is fetched and evaluated (about a tenth of a cold start), instead of after. The app takes the
 * read once; a later call (a hot reload in development) reads again.
 */
let early: Promise<DirectRead> | null = readWorkspaceDirectly(DATABASE_NAME);

export function takeFirstRead(): Promise<DirectRead> {
  const read = early ?? readWorkspaceDirectly(DATABASE_NAME);
  early = null;
  return read;
}
