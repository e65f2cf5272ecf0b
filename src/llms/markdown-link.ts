/**
 * A Markdown link whose text and destination cannot break out of it: brackets and backslashes in the
 * text are escaped, and the destination is percent-encoded where Markdown would end or bend it
 * (spaces, parentheses, angle brackets). Names come from stored knowledge and bases from the request.
 */
export function markdownLink(text: string, url: string): string {
  return `[${text.replace(/[\\[\]]/g, '\\$&')}](${url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}
