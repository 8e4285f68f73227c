import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { formatCpuList, formatCpuMask, parseCpuList, parseCpuMask } from '../../src/topology/index.js'

const cpuSets = fc
  .uniqueArray(fc.integer({ min: 0, max: 8191 }), { maxLength: 300 })
  .map((cpus) => cpus.sort((a, b) => a - b))

describe('cpulist', () => {
  it('round-trips any set through format and parse', () => {
    fc.assert(fc.property(cpuSets, (cpus) => expect(parseCpuList(formatCpuList(cpus))).toEqual(cpus)))
  })

  it('expands ranges the way the kernel writes them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (start, length) => {
        const cpus = parseCpuList(`${start}-${start + length}`)
        expect(cpus).toHaveLength(length + 1)
        expect(cpus[0]).toBe(start)
        expect(cpus[length]).toBe(start + length)
      })
    )
  })

  it('expands strided ranges a-b:used/group like the kernel', () => {
    expect(parseCpuList('0-15:2/4')).toEqual([0, 1, 4, 5, 8, 9, 12, 13])
    expect(parseCpuList('0-9:1/3,20')).toEqual([0, 3, 6, 9, 20])
    expect(parseCpuList('0-7:0/4')).toEqual([])
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        (start, length, used, extra) => {
          const group = Math.max(1, used + extra)
          const expected: number[] = []
          for (let cpu = start; cpu <= start + length; cpu++) if ((cpu - start) % group < used) expected.push(cpu)
          expect(parseCpuList(`${start}-${start + length}:${used}/${group}`)).toEqual(expected)
        }
      )
    )
  })

  it('accepts the separators bitmap_parselist accepts: commas, white space, empty items', () => {
    expect(parseCpuList('1,,2')).toEqual([1, 2])
    expect(parseCpuList(' 0-1 4\t8,\n')).toEqual([0, 1, 4, 8])
  })

  it('ignores NUL bytes and white space around the list', () => {
    fc.assert(
      fc.property(cpuSets, fc.constantFrom('\n', '\n\0', '\0', ' \n'), (cpus, ending) =>
        expect(parseCpuList(formatCpuList(cpus) + ending)).toEqual(cpus)
      )
    )
  })

  it.each(['0-', 'a', '3-1', '0-7:5/4', '0-7:1/0', '0-7:2', '1-2-3', '-1'])('rejects "%s" naming it', (text) => {
    expect(() => parseCpuList(text, 'node0/cpulist')).toThrow(`node0/cpulist: "${text}" is not a cpulist`)
  })
})

describe('cpumask', () => {
  it('round-trips sets of up to 8192 bits', () => {
    fc.assert(fc.property(cpuSets, (cpus) => expect(parseCpuMask(formatCpuMask(cpus, 8192))).toEqual(cpus)))
  })

  it('reads the kernel layout: 32-bit groups, most significant first', () => {
    expect(parseCpuMask('00000000,00000101\n')).toEqual([0, 8])
    expect(parseCpuMask('80000000,00000001')).toEqual([0, 63])
    expect(parseCpuMask(`${'00000000,'.repeat(255)}00000000\0`)).toEqual([])
    expect(parseCpuMask(`80000000${',00000000'.repeat(255)}`)).toEqual([8191])
  })

  it('agrees with the cpulist of the same set, whatever its width', () => {
    fc.assert(
      fc.property(
        cpuSets,
        fc.constantFrom(8192, 9000, 16384),
        fc.constantFrom('', '\n', '\n\0'),
        (cpus, width, ending) =>
          expect(parseCpuMask(formatCpuMask(cpus, width) + ending)).toEqual(parseCpuList(formatCpuList(cpus)))
      )
    )
  })

  it('rejects a mask that is not hex', () => {
    expect(() => parseCpuMask('0000zz00', 'cpumap')).toThrow('cpumap: "0000zz00" is not a hex cpumask')
  })
})
