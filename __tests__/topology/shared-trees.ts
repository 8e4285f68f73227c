/** Where the real machines' sysfs trees live (../shared/fixtures/sysfs beside the repo), and a visible skip without them. */
import { describe } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SHARED_TREES = resolve(REPO_ROOT, '../shared/fixtures/sysfs')
export const sharedTreesAvailable = existsSync(SHARED_TREES)

export const sharedTreeNames = sharedTreesAvailable
  ? readdirSync(SHARED_TREES).filter((name) => existsSync(join(SHARED_TREES, name, 'expected.json')))
  : []

export function tree(name: string): string {
  return join(SHARED_TREES, name)
}

/** describe, or describe.skip with the reason on the console, so a CI without the trees says what it did not check. */
export function describeWithSharedTrees(title: string, body: () => void): void {
  if (!sharedTreesAvailable) {
    console.warn(`SKIPPED "${title}": ${SHARED_TREES} is absent, so the real-machine topology trees are not checked`)
    describe.skip(title, body)
    return
  }
  describe(title, body)
}
