// Hearth's mark: a small flame. Decorative; the app name next to it carries the meaning.
export function FlameMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      className="flame-mark"
      width={size}
      height={size}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
    >
      <path
        className="flame-outer"
        d="M32 6c3 9 14 15 14 30a14 14 0 0 1-28 0c0-7 3-12 7-15 0 5 2 8 5 9-2-9 0-17 2-24z"
      />
      <path
        className="flame-inner"
        d="M32 31c2 4 7 6 7 12a7 7 0 0 1-14 0c0-4 2-6 4-8 0 2 1 3 2 3-1-3 0-5 1-7z"
      />
    </svg>
  );
}
