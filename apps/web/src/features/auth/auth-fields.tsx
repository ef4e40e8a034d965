// The parts the sign-in, sign-up, recovery, unlock and password forms share: the login handle and
// password fields with the autocomplete hints password managers go by, and the form's one button.
import type { ComponentProps, ReactNode } from 'react';
import { BusyButton } from '../../components/busy-button';
import { Field } from '../../components/field';
import { MIN_PASSWORD_LENGTH } from './handle';

type FieldProps = ComponentProps<typeof Field>;

export function HandleField(props: Omit<FieldProps, 'label'>) {
  return (
    <Field label="Login handle" autoComplete="username" autoCapitalize="none" spellCheck={false} {...props} />
  );
}

/** A password the person already has (`current`) or is choosing now (`new`). */
export function PasswordField({ purpose, ...props }: FieldProps & { purpose: 'current' | 'new' }) {
  return (
    <Field
      type="password"
      autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
      {...props}
    />
  );
}

/** A new password and the same again, e.g. "New password" and "New password again". */
export function NewPasswordFields({
  label,
  hint = `At least ${MIN_PASSWORD_LENGTH} characters.`,
  password,
  again,
  onPasswordChange,
  onAgainChange,
  errors = {},
  required,
}: {
  label: string;
  hint?: string;
  password: string;
  again: string;
  onPasswordChange: (value: string) => void;
  onAgainChange: (value: string) => void;
  errors?: { password?: string; again?: string };
  required?: boolean;
}) {
  return (
    <>
      <PasswordField
        purpose="new"
        label={label}
        hint={hint}
        value={password}
        onChange={(e) => onPasswordChange(e.target.value)}
        error={errors.password}
        required={required}
      />
      <PasswordField
        purpose="new"
        label={`${label} again`}
        value={again}
        onChange={(e) => onAgainChange(e.target.value)}
        error={errors.again}
        required={required}
      />
    </>
  );
}

/**
 * The account a password form is for, when the form does not ask for it: password managers
 * store and fill a password only next to a username field.
 */
export function KnownHandle({ handle }: { handle: string }) {
  return <input type="text" name="username" autoComplete="username" value={handle} readOnly hidden />;
}

export function SubmitButton({
  busy,
  busyLabel,
  children,
}: {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
}) {
  return (
    <BusyButton type="submit" className="btn btn-primary btn-block" busy={busy} busyLabel={busyLabel}>
      {children}
    </BusyButton>
  );
}
