// App-wide settings in one place.

/** Where quick exit goes: an ordinary, neutral page. Replaces the app in the tab's history. */
export const QUICK_EXIT_URL = 'https://www.bbc.com/weather';

/** Shift pressed this many times within this window triggers quick exit. */
export const QUICK_EXIT_PRESSES = 3;
export const QUICK_EXIT_WINDOW_MS = 1000;

export const APP_NAME = 'Hearth';
