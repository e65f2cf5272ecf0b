import type { Resource } from '../knowledge/knowledge-types.js';
import { resourceMarkdownUrl, resourceUrl } from '../knowledge/knowledge-urls.js';

/** The source article every fact marked fromArticle comes from. */
export const SOURCE_ARTICLE = 'kubernetes-resources-article.ja.md';

/** Where a statement about a resource can be checked. */
export interface Citation {
  resource: string;
  /** kubedex's own page of the resource (JSON), and its Markdown rendition. */
  kubedexUrl: string;
  markdownUrl: string;
  /** The official Kubernetes documentation. */
  docsUrl: string | null;
  /** The section of the source article that describes it; null when the article does not. */
  article: { file: string; section: string } | null;
}

/** The citation of one resource; URLs are absolute when `baseUrl` is given. */
export function citationFor(resource: Resource, baseUrl = ''): Citation {
  const section = resource.source.articleSection;
  return {
    resource: resource.name,
    kubedexUrl: resourceUrl(resource, baseUrl),
    markdownUrl: resourceMarkdownUrl(resource, baseUrl),
    docsUrl: resource.docsUrl,
    article: resource.source.fromArticle && section ? { file: SOURCE_ARTICLE, section } : null,
  };
}
