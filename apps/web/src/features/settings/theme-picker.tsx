// Light, dark or as the device is set.
import { useState } from 'react';
import { setThemePreference, themePreference, type ThemePreference } from '../../lib/theme';

const options: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'Same as this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemePicker() {
  const [value, setValue] = useState<ThemePreference>(themePreference);
  return (
    <fieldset className="radio-group">
      <legend>Appearance</legend>
      {options.map((o) => (
        <label key={o.value} className="radio-row">
          <input
            type="radio"
            name="theme"
            value={o.value}
            checked={value === o.value}
            onChange={() => {
              setValue(o.value);
              setThemePreference(o.value);
            }}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
