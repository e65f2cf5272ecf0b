import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { AppError } from '../errors.js';

/**
 * Runs a tool body and turns an AppError into a tool error (isError) that tells the model what
 * was wrong: the message, each bad field, and close matches when a name was unknown. Other
 * errors propagate; the SDK reports them as tool errors too, without internals.
 */
export function toolResult(run: () => CallToolResult): CallToolResult {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const lines = [`${error.code}: ${error.message}`];
    for (const issue of error.issues) lines.push(`- ${issue.path}: ${issue.message}`);
    const suggestions = error.details.suggestions;
    if (Array.isArray(suggestions) && suggestions.length > 0)
      lines.push(`Did you mean: ${suggestions.map((s: { name: string; category: string }) => `${s.name} (${s.category})`).join(', ')}?`);
    const comparisons = error.details.comparisonSuggestions;
    if (Array.isArray(comparisons) && comparisons.length > 0) lines.push(`Did you mean: ${comparisons.join(', ')}?`);
    const closest = error.details.closest;
    if (Array.isArray(closest) && closest.length > 0) lines.push(`Closest paths: ${closest.join(', ')}`);
    const categories = error.details.categories;
    if (Array.isArray(categories) && categories.length > 0) lines.push(`Categories: ${categories.join(', ')}`);
    return { isError: true, content: [{ type: 'text', text: lines.join('\n') }] };
  }
}

/** A successful tool result: the structured value, and the same as readable text for clients without structured output. */
export function structured<T extends Record<string, unknown>>(value: T, text = JSON.stringify(value, null, 2)): CallToolResult & { structuredContent: T } {
  return { structuredContent: value, content: [{ type: 'text', text }] };
}
