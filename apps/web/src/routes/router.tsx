// Routes. Only what the first screen needs is in the main bundle; everything else (and OPAQUE,
// which comes with the sign-in screens) loads on demand.
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppShell } from '../components/app-shell';
import { NotFoundPage } from './not-found-page';
import { TodayPage } from './today-page';
import { WelcomePage } from './welcome-page';

const SignUpPage = lazy(() => import('../features/auth/sign-up-page'));
const SignInPage = lazy(() => import('../features/auth/sign-in-page'));
const RecoverPage = lazy(() => import('../features/auth/recover-page'));
const UnlockPage = lazy(() => import('../features/auth/unlock-page'));
const NewPasswordPage = lazy(() => import('../features/auth/new-password-page'));
const JoinPage = lazy(() => import('../features/pairing/join-page'));
const PartnerPage = lazy(() => import('../features/pairing/partner-page'));
const NotesPage = lazy(() => import('../features/notes/notes-page'));
const SettingsPage = lazy(() => import('../features/settings/settings-page'));
const ExportPage = lazy(() => import('../features/export/export-page'));
const DeleteAccountPage = lazy(() => import('../features/settings/delete-account-page'));

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      children: [
        { path: '/', element: <TodayPage /> },
        { path: '/welcome', element: <WelcomePage /> },
        { path: '/signup', element: <SignUpPage /> },
        { path: '/signin', element: <SignInPage /> },
        { path: '/recover', element: <RecoverPage /> },
        { path: '/unlock', element: <UnlockPage /> },
        { path: '/new-password', element: <NewPasswordPage /> },
        { path: '/pair', element: <JoinPage /> },
        { path: '/partner', element: <PartnerPage /> },
        { path: '/notes', element: <NotesPage /> },
        { path: '/settings', element: <SettingsPage /> },
        { path: '/export', element: <ExportPage /> },
        { path: '/delete-account', element: <DeleteAccountPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
