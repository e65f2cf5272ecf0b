import { describe, expect, it } from 'vitest';
import { fieldClues } from '../../src/search/field-index.js';
import { tokenize } from '../../src/search/tokenize.js';

describe('the words a question is read by', () => {
  it('drops what an apostrophe leaves of a possessive or a contraction', () => {
    expect(tokenize("the cluster's nodes don't answer").map((t) => t.term)).toEqual(['cluster', 'node', 'don', 'answer']);
  });

  it('takes no function word for a field, though some fields are named so (from, when)', () => {
    expect(fieldClues('allow traffic from the frontend only').map((c) => c.key)).not.toContain('from');
    expect(fieldClues('NetworkPolicy ingress from').map((c) => c.key)).not.toContain('from');
  });
});
