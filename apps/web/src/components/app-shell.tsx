// The frame around every screen: header with quick exit, navigation, sync status, the route
// guard, focus management after navigation and the update prompt.
import { Suspense, useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { QuickExitButton, useQuickExitShortcut } from '../features/safety/quick-exit-button';
import { CoupleHousekeeping } from '../features/pairing/couple-housekeeping';
import { DeviceFreeGate } from '../features/device-free/device-free-gate';
import { pendingInvite } from '../features/pairing/pending-invite';
import { guardRedirect } from '../lib/route-guard';
import { AppLink } from '../lib/navigation';
import { useSession } from '../lib/use-session';
import { FlameMark } from './flame-mark';
import { Loading } from './loading';
import { navItems, navSectionOf } from './nav-sections';
import { SyncStatus } from './sync-status';
import { UpdatePrompt } from './update-prompt';

function useFocusHeadingOnNavigate(): void {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Lazy screens render their heading a moment later; look for it for up to a second. A link
    // to a part of a screen ("/settings#question-choices") lands on that part instead.
    let frame = 0;
    const started = performance.now();
    const tryFocus = () => {
      const part = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      const target = part ?? document.querySelector<HTMLElement>('[data-page-heading]');
      if (target) {
        if (part && !part.hasAttribute('tabindex')) part.setAttribute('tabindex', '-1');
        target.focus();
      } else if (performance.now() - started < 1000) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [pathname, hash]);
}

export function AppShell() {
  const session = useSession();
  const { pathname } = useLocation();
  useQuickExitShortcut();
  useFocusHeadingOnNavigate();

  const redirect = guardRedirect(session.status, pathname, pendingInvite() !== null);
  const ready = session.status === 'ready';
  const section = navSectionOf(pathname);

  return (
    <div className={ready ? 'shell shell-with-nav' : 'shell'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <AppLink to={ready ? '/' : '/welcome'} className="brand" aria-label="Hearth, home">
          <FlameMark />
          <span className="brand-name">Hearth</span>
        </AppLink>
        {ready ? (
          <nav className="main-nav" aria-label="Main">
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  {/* The tab of the screen's section looks active; only its own page is "current". */}
                  <AppLink
                    to={item.to}
                    className={item.to === section ? 'nav-link active' : 'nav-link'}
                    aria-current={item.to === pathname ? 'page' : undefined}
                  >
                    {item.label}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <QuickExitButton />
      </header>
      {ready ? <SyncStatus /> : null}
      <main id="main" className="app-main">
        {session.status === 'loading' ? (
          <Loading label="Opening Hearth…" />
        ) : redirect ? (
          <Navigate to={redirect} replace />
        ) : (
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        )}
      </main>
      {ready ? <CoupleHousekeeping /> : null}
      {ready ? <DeviceFreeGate /> : null}
      <UpdatePrompt />
    </div>
  );
}
