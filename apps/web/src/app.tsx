import { Link, Redirect, Route, Router, Switch, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { viewsFor, type ViewEntry } from './access/views';
import { lesothoTime } from './components/dates';
import { SessionProvider, useSession, useUser } from './session/session';
import { SignInForm } from './session/sign-in-form';
import { strings, word } from './strings';

/** The frame: who is signed in and their scope, the views open to their role, and the view itself. */
export function App() {
  return (
    <SessionProvider>
      <Router hook={useHashLocation}>
        <Frame />
      </Router>
    </SessionProvider>
  );
}

function Frame() {
  const { user } = useSession();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {strings.app.skipToContent}
      </a>
      <header className="banner">
        <p className="brand">
          <strong>{strings.app.title}</strong> <span className="tagline">{strings.app.tagline}</span>
        </p>
        {user && <WhoIsSignedIn />}
      </header>
      {user && <Navigation />}
      <main id="main" tabIndex={-1}>
        {user === undefined ? <p role="status">{strings.app.loading}</p> : user === null ? <SignInForm /> : <Views />}
      </main>
    </>
  );
}

function WhoIsSignedIn() {
  const user = useUser();
  const { expiresAt, signOut } = useSession();
  const s = strings.app;
  return (
    <div className="who" data-testid="who">
      <span>
        {s.signedInAs} <strong data-testid="who-name">{user.name}</strong> ({word(strings.roles, user.role)}) · {s.scope}:{' '}
        <strong data-testid="who-scope">{user.district ? word(strings.districts, user.district) : s.nationwide}</strong>
        {expiresAt && <span className="hint"> · {s.sessionEnds(lesothoTime(expiresAt))}</span>}
      </span>
      <button type="button" onClick={() => void signOut()}>{s.signOut}</button>
    </div>
  );
}

function Navigation() {
  const user = useUser();
  return (
    <nav aria-label={strings.app.navigation}>
      <ul>
        {viewsFor(user.role).map((view) => <NavigationEntry key={view.id} view={view} />)}
      </ul>
    </nav>
  );
}

function NavigationEntry({ view }: { view: ViewEntry }) {
  const [exact] = useRoute(view.path);
  const [nested] = useRoute(`${view.path}/*`);
  const current = exact || nested;
  return (
    <li>
      <Link href={view.path} aria-current={current ? 'page' : undefined} className={current ? 'current' : undefined}>{view.label}</Link>
    </li>
  );
}

function Views() {
  const user = useUser();
  const views = viewsFor(user.role);
  return (
    <Switch>
      {views.flatMap((view) => [view.path, ...(view.subPaths ?? [])].map((path) => <Route key={path} path={path} component={view.component} />))}
      <Route path="/">{views[0] ? <Redirect to={views[0].path} replace /> : <p>{strings.app.notFound}</p>}</Route>
      <Route><p role="alert">{strings.app.notFound}</p></Route>
    </Switch>
  );
}
