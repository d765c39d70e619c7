/**
 * Renders share cards on every core: a pool of worker threads (scripts/share-cards/worker.ts),
 * each with the fonts loaded once, fed one card at a time. A card that cannot be drawn (a
 * character the font lacks) rejects with the card's title and the characters.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { CardData } from '../../lib/share/card'

interface Job {
  id: number
  card: CardData
  resolve: (png: Uint8Array) => void
  reject: (error: Error) => void
}

export interface CardPool {
  render(card: CardData): Promise<Uint8Array>
  close(): Promise<void>
}

export function cardPool(size = Math.min(4, availableParallelism())): CardPool {
  const queue: Job[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, Job>()
  let next = 0
  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()
      const job = queue.shift()
      if (!worker || !job) return
      running.set(worker, job)
      worker.postMessage({ id: job.id, card: job.card })
    }
  }
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url))
    worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
      const job = running.get(worker)
      running.delete(worker)
      idle.push(worker)
      if (job) {
        if (m.png) job.resolve(m.png)
        else job.reject(new Error(m.error ?? 'share card: no image'))
      }
      pump()
    })
    worker.on('error', (error) => {
      const job = running.get(worker)
      running.delete(worker)
      job?.reject(error)
      for (const waiting of queue.splice(0)) waiting.reject(error)
    })
    idle.push(worker)
    return worker
  })
  return {
    render(card) {
      return new Promise((resolve, reject) => {
        queue.push({ id: next++, card, resolve, reject })
        pump()
      })
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
