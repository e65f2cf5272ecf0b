/**
 * URLs that are one address for people and programs: a browser gets the explorer's view of them,
 * an API client the JSON it always got. Views of the explorer's own (`/check`) are listed too.
 */
const EXPLORER_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/search$/,
  /^\/categories$/,
  /^\/categories\/[^/]+$/,
  /^\/resources$/,
  // Not `/resources/{category}/{name}.md`: that is Markdown for any client.
  /^\/resources\/[^/]+(\/[^/]+)?$/,
  /^\/comparisons$/,
  /^\/comparisons\/[^/]+$/,
  /^\/compare$/,
  /^\/check$/,
];

/** Whether a browser opening this path should see the explorer. */
export function isExplorerPath(pathname: string): boolean {
  if (pathname.endsWith('.md')) return false;
  return EXPLORER_PATHS.some((pattern) => pattern.test(pathname));
}
