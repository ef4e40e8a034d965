// The content library is written with straight quotes (easy to type in JSON); the app's own words
// use typographic ones. This turns content text into the same style before it is shown.

// A quote mark opens when it starts the text or follows a space, an opening bracket or a dash.
const opensAfter = /[\s([{\u2014\u2013-]/;

function isOpening(text: string, index: number): boolean {
  return index === 0 || opensAfter.test(text[index - 1] ?? '');
}

/** "You've", "it shows how ... you are" → “You’ve”, “it shows how … you are”. */
export function typographicQuotes(text: string): string {
  if (!/['".]/.test(text)) return text;
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') result += isOpening(text, index) ? '\u201c' : '\u201d';
    else if (char === "'") result += isOpening(text, index) ? '\u2018' : '\u2019';
    else if (text.startsWith('...', index)) {
      result += '\u2026';
      index += 2;
    } else result += char;
  }
  return result;
}
