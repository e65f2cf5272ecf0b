/** The names CodeMirror's hidden input areas and scroll regions get, by the editor they belong to. */
const EDITOR_NAMES: [selector: string, name: string][] = [
  ['.graphiql-query-editor', 'Query editor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', 'Variables editor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', 'Headers editor'],
  ['.result-window', 'Response'],
];

function label(root: HTMLElement): void {
  for (const [selector, name] of EDITOR_NAMES) {
    for (const editor of root.querySelectorAll<HTMLElement>(selector)) {
      for (const input of editor.querySelectorAll('textarea')) if (!input.hasAttribute('aria-label')) input.setAttribute('aria-label', name);
      // CodeMirror takes its scroll region out of the tab order (-1); a keyboard user then could not scroll a long response.
      for (const scroll of editor.querySelectorAll('.CodeMirror-scroll')) {
        if (scroll.getAttribute('tabindex') === '0') continue;
        scroll.setAttribute('tabindex', '0');
        scroll.setAttribute('aria-label', name);
      }
    }
  }
}

/**
 * GraphiQL 4's CodeMirror editors leave their input areas unnamed and their scroll regions out of
 * the tab order; this names them and lets the keyboard reach them, as GraphiQL re-renders.
 */
export function labelEditors(root: HTMLElement): void {
  label(root);
  new MutationObserver(() => label(root)).observe(root, { childList: true, subtree: true });
}
