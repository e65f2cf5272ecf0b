import { useEffect, useMemo, useRef, useState } from 'react';
import { CapabilitiesContext, useLoadCapabilities } from './capabilities.js';
import { SearchBox } from './components/search-box.js';
import { ExplorerLink } from './explorer-link.js';
import { hrefFor, parseRoute, type ExplorerRoute } from './explorer-route.js';
import { initialLang, LangContext, rememberLang, type Lang } from './language.js';
import { Loading } from './load-state.js';
import { messagesFor } from './messages.js';
import { navigate, useLocationKey } from './navigation.js';
import { CheckView } from './views/check-view.js';
import { CategoryView } from './views/category-view.js';
import { CompareView, ComparisonsView, ComparisonView } from './views/comparison-views.js';
import { CategoriesView, HomeView } from './views/home-view.js';
import { MissingView } from './views/missing-view.js';
import { ResourceView } from './views/resource-view.js';
import { SearchView } from './views/search-view.js';

function View({ route }: { route: ExplorerRoute }) {
  switch (route.view) {
    case 'home':
      return <HomeView />;
    case 'search':
      return <SearchView q={route.q} />;
    case 'categories':
      return <CategoriesView />;
    case 'category':
      return <CategoryView slug={route.slug} />;
    case 'resource':
      return <ResourceView name={route.name} category={route.category} />;
    case 'comparisons':
      return <ComparisonsView />;
    case 'comparison':
      return <ComparisonView slug={route.slug} />;
    case 'compare':
      return <CompareView names={route.names} />;
    case 'check':
      return <CheckView />;
    case 'missing':
      return <MissingView />;
  }
}

function LanguageSwitch({ lang, route }: { lang: Lang; route: ExplorerRoute }) {
  const m = messagesFor(lang);
  return (
    <div className="lang-switch" role="group" aria-label={m.language}>
      {(['ja', 'en'] as const).map((code) => (
        <a
          key={code}
          href={hrefFor(route, code)}
          lang={code}
          aria-current={code === lang ? 'true' : undefined}
          onClick={(event) => {
            event.preventDefault();
            rememberLang(code);
            navigate(hrefFor(route, code), { replace: true });
          }}
        >
          {code === 'ja' ? '日本語' : 'English'}
        </a>
      ))}
    </div>
  );
}

/** The location without `lang`: adding it to the URL on load, or switching language, shows the same view. */
function viewKey(locationKey: string): string {
  const url = new URL(locationKey, window.location.origin);
  url.searchParams.delete('lang');
  return url.pathname + url.search;
}

/** The explorer: a header with search, navigation and the language switch, and the view the URL names. */
export function ExplorerApp() {
  const locationKey = useLocationKey();
  const route = useMemo(() => parseRoute(window.location.pathname, window.location.search), [locationKey]);
  const [lang, setLang] = useState<Lang>(() => initialLang(window.location.search));
  const capabilities = useLoadCapabilities();
  const main = useRef<HTMLElement>(null);
  // The view focus was last moved for; the page load itself keeps the browser's own focus (the skip link first).
  const focusedFor = useRef(viewKey(locationKey));
  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get('lang');
    if (fromUrl === 'ja' || fromUrl === 'en') setLang(fromUrl);
    else navigate(hrefFor(route, lang), { replace: true });
  }, [locationKey]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    // A new view moves focus to its content (as a page load would), except while typing a search.
    // Keyed on the location, not on "first run", so that an effect run twice (React's StrictMode in
    // a development build) cannot take focus on page load.
    if (focusedFor.current === viewKey(locationKey)) return;
    focusedFor.current = viewKey(locationKey);
    if (route.view !== 'search') {
      main.current?.focus();
      window.scrollTo(0, 0);
    }
  }, [locationKey, route.view]);
  const m = messagesFor(lang);
  return (
    <LangContext.Provider value={lang}>
      <CapabilitiesContext.Provider value={capabilities ?? new Set()}>
        <a className="skip-link" href="#main">
          {m.skipToContent}
        </a>
        <header className="site-header">
          <div className="brand">
            <ExplorerLink to={{ view: 'home' }} className="logo">
              kubedex
            </ExplorerLink>
            <span className="tagline">{m.tagline}</span>
          </div>
          <SearchBox q={route.view === 'search' ? route.q : ''} onSearchPage={route.view === 'search'} />
          <nav aria-label="kubedex" className="site-nav">
            <ExplorerLink to={{ view: 'categories' }}>{m.navCategories}</ExplorerLink>
            <ExplorerLink to={{ view: 'comparisons' }}>{m.navComparisons}</ExplorerLink>
            <ExplorerLink to={{ view: 'compare', names: [] }}>{m.navCompare}</ExplorerLink>
            <ExplorerLink to={{ view: 'check' }}>{m.navCheck}</ExplorerLink>
            <a href="/graphql">{m.navGraphiql}</a>
          </nav>
          <LanguageSwitch lang={lang} route={route} />
        </header>
        <main id="main" ref={main} tabIndex={-1}>
          {capabilities === null ? <Loading /> : <View route={route} />}
        </main>
      </CapabilitiesContext.Provider>
    </LangContext.Provider>
  );
}
