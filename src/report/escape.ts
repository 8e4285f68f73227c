/**
 * Everything the report prints that did not come from this code (benchmark output, invalid-sample reasons, host
 * names, file names, cell keys carrying a subject's name) goes through here, so a results file cannot inject
 * Markdown, HTML, @mentions or table breaks into a PR comment.
 */

/** Longest piece of foreign text shown in one place; longer text is cut with an ellipsis. */
const MAX_TEXT_LENGTH = 300

// C0/C1 controls, and the bidirectional overrides and isolates that can make text read differently than it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const LINE_BREAKS = /[\t\r\n\u2028\u2029]+/g
// Characters that open inline Markdown anywhere in a line: emphasis, code, links and images, table cells,
// strikethrough, math. Line-start constructs (headings, lists, quotes) cannot occur: foreign text never starts a line.
const MARKDOWN = /[\\`*_[\]|~$]/g
const ZERO_WIDTH_SPACE = '&#8203;'
// What GitHub turns into mentions, issue references and autolinks; one pass, so the inserted entity is not rescanned.
const LINK_STARTS = /@|#(?=\w)|:\/\//g

/**
 * Foreign text as inline Markdown on one line: literal on screen, never markup, HTML, a mention, an issue reference
 * or an autolink. A zero-width space after "@", "#" and "://" is what keeps GitHub from linking them.
 */
export function escapeText(text: string, maxLength = MAX_TEXT_LENGTH): string {
  let plain = text.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ')
  if (plain.length > maxLength) plain = `${plain.slice(0, maxLength - 1)}…`
  return plain
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN, (character) => `\\${character}`)
    .replace(LINK_STARTS, (start) => `${start.charAt(0)}${ZERO_WIDTH_SPACE}${start.slice(1)}`)
}

/** Text for inside a Mermaid string: Mermaid has no escape for quotes, so only plain characters survive. */
export function mermaidText(text: string, maxLength = 40): string {
  const plain = text
    .replace(/[^A-Za-z0-9 ,._%/+-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return plain.length > maxLength ? `${plain.slice(0, maxLength - 3)}...` : plain
}
