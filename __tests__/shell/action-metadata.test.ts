/** action.yml as the Marketplace and the runner read it, checked without a YAML dependency. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const metadata = readFileSync(join(process.cwd(), 'action.yml'), 'utf8')

describe('action.yml', () => {
  it('has a description the Marketplace accepts (under 125 characters)', () => {
    const description = /^description: '(.*)'$/m.exec(metadata)?.[1]
    expect(description).toBeDefined()
    expect(description?.length).toBeLessThan(125)
  })

  it('runs on node24 from the committed bundle', () => {
    expect(metadata).toMatch(/^ {2}using: 'node24'$/m)
    expect(metadata).toMatch(/^ {2}main: 'dist\/index\.js'$/m)
  })
})
