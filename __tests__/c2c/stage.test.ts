/** The c2c command on this machine: the real driver, the JSON on stdout, the two files in --out. */
import { describe, expect, it, jest } from '@jest/globals'
import { Command } from 'commander'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { latencyMapWanted, type C2cMap } from '../../src/c2c/index.js'
import { registerC2cCommand } from '../../src/cli/c2c.js'

describe('latencyMapWanted', () => {
  it('maps in scheduled runs on auto, always on true, never on false', () => {
    expect(latencyMapWanted('auto', 'schedule')).toBe(true)
    expect(latencyMapWanted('auto', 'pull_request')).toBe(false)
    expect(latencyMapWanted('true', 'push')).toBe(true)
    expect(latencyMapWanted('false', 'schedule')).toBe(false)
  })
})

const twoCpus = availableParallelism() >= 2 ? it : it.skip

describe('numa-spsc-bench c2c', () => {
  twoCpus(
    'prints the map as JSON and writes c2c.json and c2c.svg',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'c2c-test-'))
      const written: string[] = []
      const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        written.push(String(chunk))
        return true
      })
      const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
      try {
        const program = new Command().exitOverride()
        registerC2cCommand(program)
        await program.parseAsync(
          ['c2c', '--cpus', '0-1', '--budget', '5s', '--out', out, '--json', '--build-dir', join(out, 'build')],
          { from: 'user' }
        )
      } finally {
        stdout.mockRestore()
        stderr.mockRestore()
      }
      const map = JSON.parse(written.join('')) as C2cMap
      expect(map.cpus).toEqual([0, 1])
      expect(map.pairs).toHaveLength(1)
      expect(map.pairs[0]).toMatchObject({ from: 0, to: 1, valid: true })
      expect(map.latencyNs[0][1]).toBe(map.pairs[0].oneWayNs)
      expect(map.latencyNs[1][0]).toBe(map.pairs[0].oneWayNs)
      expect(map.latencyNs[0][0]).toBeNull()
      expect(JSON.parse(readFileSync(join(out, 'c2c.json'), 'utf8'))).toEqual(map)
      expect(readFileSync(join(out, 'c2c.svg'), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
      rmSync(out, { recursive: true, force: true })
    },
    180_000
  )
})
