// Routes. Only what the first screen needs is in the main bundle; everything else (and OPAQUE,
// which comes with the sign-in screens) loads on demand. Declarative routing keeps React Router's
// share of the first download small (the data-router APIs are not needed).
import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
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

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppShell />}>
          <Route path="/" element={<TodayPage />} />
          <Route path="/welcome" element={<WelcomePage />} />
          <Route path="/signup" element={<SignUpPage />} />
          <Route path="/signin" element={<SignInPage />} />
          <Route path="/recover" element={<RecoverPage />} />
          <Route path="/unlock" element={<UnlockPage />} />
          <Route path="/new-password" element={<NewPasswordPage />} />
          <Route path="/pair" element={<JoinPage />} />
          <Route path="/partner" element={<PartnerPage />} />
          <Route path="/notes" element={<NotesPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/export" element={<ExportPage />} />
          <Route path="/delete-account" element={<DeleteAccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
