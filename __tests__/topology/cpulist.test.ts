import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { formatCpuList, formatCpuMask, parseCpuList, parseCpuMask } from '../../src/topology/index.js'

const cpuSets = fc.uniqueArray(fc.integer({ min: 0, max: 8191 }), { maxLength: 300 }).map((cpus) => cpus.sort((a, b) => a - b))

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

  it('expands strided ranges a-b:used/group', () => {
    expect(parseCpuList('0-15:2/4')).toEqual([0, 1, 4, 5, 8, 9, 12, 13])
    expect(parseCpuList('0-9:1/3,20')).toEqual([0, 3, 6, 9, 20])
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (used, extra) => {
        const group = used + extra
        const cpus = parseCpuList(`0-127:${used}/${group}`)
        expect(cpus.every((cpu) => cpu % group < used)).toBe(true)
        expect(cpus.length).toBeGreaterThan(0)
      })
    )
  })

  it('ignores NUL bytes and white space around the list', () => {
    fc.assert(
      fc.property(cpuSets, fc.constantFrom('\n', '\n\0', '\0', ' \n'), (cpus, ending) =>
        expect(parseCpuList(formatCpuList(cpus) + ending)).toEqual(cpus)
      )
    )
  })

  it.each(['0-', 'a', '3-1', '0-7:5/4', '1,,2', '0-7:0/2'])('rejects "%s" naming it', (text) => {
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

  it('rejects a mask that is not hex', () => {
    expect(() => parseCpuMask('0000zz00', 'cpumap')).toThrow('cpumap: "0000zz00" is not a hex cpumask')
  })
})
