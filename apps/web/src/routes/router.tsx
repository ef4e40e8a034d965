// Routes. Only what the first screen needs is in the main bundle; everything else (and OPAQUE,
// which comes with the sign-in screens) loads on demand. Declarative routing keeps React Router's
// share of the first download small (the data-router APIs are not needed).
import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppShell } from '../components/app-shell';
import { NotFoundPage } from './not-found-page';
import { WelcomePage } from './welcome-page';

// Today and the practices load on demand too: the welcome screen needs none of them. Signed-in
// people get Today's chunk fetched while the session boots (see prefetchToday).
const loadToday = () => import('./today-page');
export const prefetchToday = (): void => void loadToday().catch(() => undefined);
const TodayPage = lazy(loadToday);
const CheckinPage = lazy(() => import('../features/checkin/checkin-page'));
const GratitudePage = lazy(() => import('../features/gratitude/gratitude-page'));
const ThankYousPage = lazy(() => import('../features/gratitude/thank-yous-page'));
const QuestionPage = lazy(() => import('../features/question/question-page'));
const TouchPage = lazy(() => import('../features/touch/touch-page'));
const DeviceFreePage = lazy(() => import('../features/device-free/device-free-page'));
const SharePage = lazy(() => import('../features/share/share-page'));
const RemindersPage = lazy(() => import('../features/reminders/reminders-page'));
const CheckupPage = lazy(() => import('../features/checkup/checkup-page'));
const CheckupTakePage = lazy(() => import('../features/checkup/checkup-take-page'));
const TogetherPage = lazy(() => import('../features/checkup/together-page'));
const PlanPage = lazy(() => import('../features/plan/plan-page'));
const PulsePage = lazy(() => import('../features/pulse/pulse-page'));
const ProgressPage = lazy(() => import('../features/progress/progress-page'));
const ExercisesPage = lazy(() => import('../features/exercises/exercises-page'));
const ExerciseDetailPage = lazy(() => import('../features/exercises/exercise-detail-page'));
const ExercisePlayerPage = lazy(() => import('../features/exercises/exercise-player-page'));

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
          <Route path="/checkin" element={<CheckinPage />} />
          <Route path="/gratitude" element={<GratitudePage />} />
          <Route path="/thank-yous" element={<ThankYousPage />} />
          <Route path="/question" element={<QuestionPage />} />
          <Route path="/touch" element={<TouchPage />} />
          <Route path="/touch-ritual" element={<Navigate to="/exercises/ex-daily-touch-ritual" replace />} />
          <Route path="/device-free" element={<DeviceFreePage />} />
          <Route path="/share" element={<SharePage />} />
          <Route path="/reminders" element={<RemindersPage />} />
          <Route path="/checkup" element={<CheckupPage />} />
          <Route path="/checkup/take" element={<CheckupTakePage />} />
          <Route path="/checkup/together" element={<TogetherPage />} />
          <Route path="/plan" element={<PlanPage />} />
          <Route path="/pulse" element={<PulsePage />} />
          <Route path="/progress" element={<ProgressPage />} />
          <Route path="/exercises" element={<ExercisesPage />} />
          <Route path="/exercises/session/:sessionId" element={<ExercisePlayerPage />} />
          <Route path="/exercises/:exerciseId" element={<ExerciseDetailPage />} />
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
