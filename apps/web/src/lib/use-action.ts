// The busy flag and error sentence of a component's actions (see run-action.ts for the rules).
import { useCallback, useState } from 'react';
import { runAction, type ActionOptions } from './run-action';

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (action: () => unknown, options?: ActionOptions) => runAction(action, { setBusy, setError }, options),
    [],
  );
  return { busy, error, setError, run };
}
