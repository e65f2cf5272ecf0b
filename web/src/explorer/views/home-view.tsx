import { ExplorerLink } from '../explorer-link.js';
import { useLang } from '../language.js';
import { Loaded } from '../load-state.js';
import { messagesFor } from '../messages.js';
import { CATEGORIES_QUERY } from '../queries.js';
import { useGraphQL } from '../use-graphql.js';
import { CategoryCards, type CategoriesData } from './category-cards.js';

const EXAMPLES = ['デーモンセット', 'deamonset', 'hpa', 'how do I run a pod on every node', 'ConfigMapとSecretの違い'];

/** The front page: what kubedex is, searches to try, and every category with its resources. */
export function HomeView() {
  const lang = useLang();
  const m = messagesFor(lang);
  const state = useGraphQL<CategoriesData>(CATEGORIES_QUERY, { lang });
  return (
    <>
      <section className="intro">
        <h1>kubedex</h1>
        <p>{m.homeIntro}</p>
        <p className="examples">
          {m.homeExamples}:{' '}
          {EXAMPLES.map((q) => (
            <ExplorerLink key={q} className="chip" to={{ view: 'search', q }}>
              {q}
            </ExplorerLink>
          ))}
        </p>
      </section>
      <Loaded state={state}>{(data) => <CategoryCards data={data} />}</Loaded>
    </>
  );
}

/** Every category and its resources, on a page of their own. */
export function CategoriesView() {
  const lang = useLang();
  const m = messagesFor(lang);
  const state = useGraphQL<CategoriesData>(CATEGORIES_QUERY, { lang });
  return (
    <>
      <h1>{m.navCategories}</h1>
      <Loaded state={state}>{(data) => <CategoryCards data={data} />}</Loaded>
    </>
  );
}
