// One concurrent writer: `node save-records.mjs TRANSPILED_ROOT ROUNDS.json` saves records into directory stores with
// the transpiled sources (see transpiled.ts). Each round starts only when every writer has reached it (a barrier of
// files), so the writers' saves really overlap.
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { readFileSync } from 'node:fs'

const [root, roundsFile] = process.argv.slice(2)
const { DirectoryStore } = await import(join(root, 'src', 'baseline', 'index.js'))
for (const { barrier, writers, saves } of JSON.parse(readFileSync(roundsFile, 'utf8'))) {
  writeFileSync(join(barrier, String(process.pid)), '')
  while (readdirSync(barrier).length < writers) await sleep(1)
  for (const { store, record } of saves) await new DirectoryStore(store).save(record)
}
