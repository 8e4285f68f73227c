/** Plain-text tables for terminal output: each column as wide as its widest field, two spaces apart. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((field, column) => (widths[column] = Math.max(widths[column] ?? 0, field.length)))
  return rows.map((row) =>
    row
      .map((field, column) => field.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  )
}
