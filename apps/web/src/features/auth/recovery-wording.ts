// The one sentence about losing both ways in, said the same on screen and in the saved file.
export const LOSS_WARNING =
  'If you lose both your password and this recovery key, nobody — not even us — can get your private things back.';
