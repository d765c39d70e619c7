/** The resident memory of a process and all its descendants, from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs'

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** Bytes of VmRSS summed over `pid` and every process below it; 0 when /proc cannot tell. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = read(`/proc/${entry}/stat`)
    // The second field (the command) is in parentheses and may hold spaces: read after the last ')'.
    const ppid = stat === undefined ? undefined : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (ppid === undefined || Number.isNaN(ppid)) continue
    const list = children.get(ppid) ?? []
    list.push(Number(entry))
    children.set(ppid, list)
  }
  let total = 0
  const stack = [pid]
  while (stack.length > 0) {
    const p = stack.pop()
    if (p === undefined) break
    const rss = /^VmRSS:\s+(\d+) kB$/m.exec(read(`/proc/${p}/status`) ?? '')
    total += rss?.[1] ? Number(rss[1]) * 1024 : 0
    stack.push(...(children.get(p) ?? []))
  }
  return total
}
