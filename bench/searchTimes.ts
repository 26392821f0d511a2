import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * `tsx <checkout>/bench/searchTimes.ts <query>…`, run from the folder of the checkout to measure
 * (any commit with bench/raw/sqliteReads.ts, whose `@/` imports tsx then resolves in that
 * checkout): each query's first page as that checkout's raw server answers it, on its
 * bench/data/bench.db, in one process, the fastest of ten runs after one to warm the cache. Under
 * a shared machine's load it is steadier than a load test, and says where a search's time goes.
 */
const queries = process.argv.slice(2)
const folder = process.cwd()
const { sqliteReads } = (await import(
  pathToFileURL(path.join(folder, 'bench', 'raw', 'sqliteReads.ts')).href
)) as typeof import('./raw/sqliteReads')
const reads = sqliteReads(`file:${path.join(folder, 'bench', 'data', 'bench.db')}`)
for (const q of queries) {
  const times: number[] = []
  let found = 0
  for (let run = 0; run <= 10; run += 1) {
    const started = performance.now()
    found = (await reads.search(q, 1, 10)).totalDocs
    if (run) times.push(performance.now() - started)
  }
  console.log(`${path.basename(folder)}\t${q}\t${Math.min(...times).toFixed(1)} ms\t${found} found`)
}
reads.close()
