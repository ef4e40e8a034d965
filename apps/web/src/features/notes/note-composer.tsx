// Writing a new note.
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/field';
import { friendlyError } from '../../lib/friendly-errors';
import { MAX_NOTE_LENGTH } from '../../lib/record-payloads';
import type { RecordScope } from '../../lib/api-types';
import { saveNote } from './note-actions';

export function NoteComposer({
  scope,
  label,
  placeholder,
}: {
  scope: RecordScope;
  label: string;
  placeholder: string;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write something first.');
      return;
    }
    setBusy(true);
    try {
      await saveNote(scope, trimmed);
      setText('');
      setError(null);
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="composer" onSubmit={(e) => void submit(e)} noValidate>
      <TextAreaField
        label={label}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={MAX_NOTE_LENGTH}
        rows={3}
        error={error}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        Save note
      </button>
    </form>
  );
}
