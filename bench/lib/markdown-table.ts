/** A GitHub-flavoured markdown table; numbers are printed with thousands separators. */
export function table(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const cell = (value: string | number | null | undefined) =>
    value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))
      ? '–'
      : typeof value === 'number'
        ? value.toLocaleString('en')
        : value;
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

export const verdict = (met: boolean) => (met ? 'met' : '**missed**');

export const percent = (ratio: number | undefined) =>
  ratio === undefined ? '–' : `${(ratio * 100).toFixed(1)} %`;
