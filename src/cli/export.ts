/**
 * `numa-spsc-bench export`: each machine's newest stored run in a format other dashboards read, Bencher Metric Format
 * (bmf) or github-action-benchmark's custom JSON (gab), one file per machine (and per gab tool).
 */
import { Command, Option } from 'commander'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BaselineRecord } from '../baseline/index.js'
import { bmfReport, gabExports } from '../export/index.js'
import { storeOf, storeOptions, type StoreFlags } from './store.js'

export const EXPORT_FORMATS = ['bmf', 'gab'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

interface ExportFlags extends StoreFlags {
  format: ExportFormat
  fingerprint?: string
  out: string
}

/** The files one machine's run becomes: name and JSON text. */
export function exportFiles(fingerprint: string, record: BaselineRecord, format: ExportFormat): [string, string][] {
  if (format === 'bmf') return [[`${fingerprint}.bmf.json`, `${JSON.stringify(bmfReport(record), null, 2)}\n`]]
  return gabExports(record).map(({ tool, benchmarks }) => [
    `${fingerprint}.${tool}.json`,
    `${JSON.stringify(benchmarks, null, 2)}\n`
  ])
}

export function registerExportCommand(program: Command): void {
  storeOptions(
    program
      .command('export')
      .description("each machine's newest stored run as Bencher Metric Format or github-action-benchmark JSON")
  )
    .addOption(
      new Option('--format <format>', 'bmf: Bencher Metric Format; gab: github-action-benchmark custom JSON')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory()
    )
    .option('--fingerprint <id>', 'only this machine (default: every machine in the store)')
    .option('--out <dir>', 'where the files go', '.')
    .addHelpText(
      'after',
      `
gab writes <fingerprint>.customBiggerIsBetter.json (throughput) and <fingerprint>.customSmallerIsBetter.json (round-trip
times): give each to github-action-benchmark with the tool its name says.`
    )
    .action(async (flags: ExportFlags) => {
      const store = storeOf(flags)
      const fingerprints =
        flags.fingerprint !== undefined
          ? [flags.fingerprint]
          : [...new Set((await store.list()).map((entry) => entry.fingerprint))]
      if (fingerprints.length === 0) throw new Error(`${store.describe()} holds no stored runs to export`)
      mkdirSync(flags.out, { recursive: true })
      for (const fingerprint of fingerprints) {
        const loaded = await store.load(fingerprint, {})
        if (loaded === null) throw new Error(`--fingerprint: ${store.describe()} holds no run of ${fingerprint}`)
        for (const [name, text] of exportFiles(fingerprint, loaded.record, flags.format)) {
          const path = join(flags.out, name)
          writeFileSync(path, text)
          process.stdout.write(`${path}: ${loaded.source}\n`)
        }
      }
    })
}
