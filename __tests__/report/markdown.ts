/**
 * The report as GitHub reads it: every Mermaid block through mermaid's own parser and every table through a GFM
 * parser (micromark's GFM extension, as remark uses), so a test fails on a block or table GitHub would not draw.
 */
import { expect } from '@jest/globals'
import DOMPurify from 'dompurify'
import type { Table } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

// Mermaid sanitizes labels with DOMPurify, which has no window under node; parsing does not depend on sanitizing.
Object.assign(DOMPurify, { addHook: () => undefined, sanitize: (text: string) => text })
const { default: mermaid } = await import('mermaid')

export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1])
}

/** Parses every Mermaid block; rejects with mermaid's own error on the first it cannot read. */
export async function parseMermaid(markdown: string): Promise<string[]> {
  const blocks = mermaidBlocks(markdown)
  for (const block of blocks) await mermaid.parse(block)
  return blocks
}

/**
 * Every table GFM finds, as rows of cell texts; fails when a row has a different number of cells than its header
 * (GitHub pads or drops them silently) or when a line that starts with "|" is not part of any table.
 */
export function gfmTables(markdown: string): string[][][] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const tables: Table[] = []
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'table') tables.push(node as Table)
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] })
  }
  visit(tree)
  const text = (node: unknown): string => {
    const each = node as { value?: string; children?: unknown[] }
    return each.value ?? (each.children ?? []).map(text).join('')
  }
  const rows = tables.map((table) => {
    const width = table.align?.length ?? 0
    for (const row of table.children) expect(row.children).toHaveLength(width)
    return table.children.map((row) => row.children.map(text))
  })
  const tableLines = tables.reduce((sum, table) => sum + table.children.length + 1, 0)
  const pipeLines = markdown.split('\n').filter((line) => line.startsWith('|')).length
  expect(pipeLines).toBe(tableLines)
  return rows
}
