// Entry point. The invite fragment is taken out of the address bar before anything else runs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { captureInviteFromUrl } from './features/pairing/pending-invite';
import { reloadIfRestoredAfterExit } from './features/safety/discreet-lock';
import { setAppRoot } from './lib/app-root';
import { appSession } from './lib/app-session';
import { applyTheme } from './lib/theme';
import { prefetchToday } from './routes/router';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/checkup.css';

addEventListener('pageshow', reloadIfRestoredAfterExit);
captureInviteFromUrl();
addEventListener('hashchange', captureInviteFromUrl);
applyTheme();
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => applyTheme());
// Signed in: fetch Today's screen while the rest of the session starts (it is its own chunk).
appSession.subscribe(() => {
  if (appSession.state.status === 'ready') prefetchToday();
});
void appSession.boot();

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
const appRoot = createRoot(root);
setAppRoot(appRoot);
appRoot.render(
  <StrictMode>
    <App />
  </StrictMode>,
);
