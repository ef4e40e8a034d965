// Sign-up: name, login handle and password, then the recovery key, then the account exists.
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { errorCode, friendlyError } from '../../lib/friendly-errors';
import { AppLink } from '../../lib/navigation';
import { writeRecord } from '../../lib/records';
import { useAction } from '../../lib/use-action';
import { HandleField, NewPasswordFields, SubmitButton } from './auth-fields';
import { beginSignUp, finishSignUp, type PendingSignUp } from './auth-flows';
import { handleProblem, MIN_PASSWORD_LENGTH, normalizeHandle, passwordProblem } from './handle';
import { RecoveryKeyStep } from './recovery-key-step';

interface FormErrors {
  name?: string;
  handle?: string;
  password?: string;
  again?: string;
}

export default function SignUpPage() {
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const { busy, error: formError, setError: setFormError, run } = useAction();
  const [pending, setPending] = useState<PendingSignUp | null>(null);

  const validate = (): FormErrors => {
    const e: FormErrors = {};
    if (!name.trim()) e.name = 'Please enter the name your partner knows you by.';
    else if (name.trim().length > 80) e.name = 'Please use at most 80 characters.';
    const hp = handleProblem(handle);
    if (hp) e.handle = hp;
    const pp = passwordProblem(password);
    if (pp) e.password = pp;
    if (!e.password && confirm !== password) e.again = 'The two passwords are not the same.';
    return e;
  };

  const start = (ev: FormEvent) => {
    ev.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError('Please check the highlighted fields.');
      return;
    }
    void run(
      async () => {
        setPending(await beginSignUp(handle, password));
        setPassword('');
        setConfirm('');
      },
      {
        onError: (error) => {
          if (errorCode(error) === 'HEARTH_HANDLE_TAKEN') setErrors({ handle: friendlyError(error) });
        },
      },
    );
  };

  const finish = () => {
    if (!pending) return;
    void run(
      async () => {
        const me = await finishSignUp(pending);
        await appSession.enter(me, pending.keys, { remember: true });
        await writeRecord('user', { type: 'profile', name: name.trim() });
        // The route guard now moves on to Today (or to the invitation that brought them here).
      },
      {
        leavesScreen: true,
        onError: (error) => {
          const code = errorCode(error);
          if (code === 'HEARTH_REGISTRATION_EXPIRED' || code === 'HEARTH_HANDLE_TAKEN') setPending(null);
        },
      },
    );
  };

  if (pending) {
    return (
      <Page title="Save your recovery key">
        <RecoveryKeyStep
          display={pending.recoveryDisplay}
          handle={normalizeHandle(handle)}
          busy={busy}
          error={formError}
          onConfirmed={finish}
        />
      </Page>
    );
  }

  return (
    <Page
      title="Create your account"
      lead="Your password never leaves this device. It unlocks the keys that keep what you write private."
    >
      <form className="stack" onSubmit={start} noValidate>
        <Field
          label="Your name"
          hint="Shown to your partner. Stored encrypted."
          autoComplete="given-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          required
          maxLength={80}
        />
        <HandleField
          hint="What you sign in with: letters, numbers, dots, dashes or underscores."
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
          error={errors.handle}
          required
        />
        <NewPasswordFields
          label="Password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words work well.`}
          password={password}
          again={confirm}
          onPasswordChange={setPassword}
          onAgainChange={setConfirm}
          errors={errors}
          required
        />
        <FormError message={formError} />
        <SubmitButton busy={busy} busyLabel="Creating your keys…">
          Continue
        </SubmitButton>
      </form>
      <p className="aside-link">
        Already have an account? <AppLink to="/signin">Sign in</AppLink>
      </p>
    </Page>
  );
}
