// Writing a new note.
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/field';
import type { RecordScope } from '../../lib/api-types';
import { MAX_NOTE_LENGTH } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
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
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write something first.');
      return;
    }
    void run(async () => {
      await saveNote(scope, trimmed);
      setText('');
    });
  };

  return (
    <form className="composer" onSubmit={submit} noValidate>
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
