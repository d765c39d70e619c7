/**
 * The build's last step on out/: deletes Next's runtime files (scripts/islands/prune.ts), which the
 * island step (`scripts/build-islands.ts --keep-runtime-files`) has already cut from every page.
 *
 * Why a step of its own, after every step that writes files: on an ext4 file system without a
 * journal (this project's build machines), creating a file scans past every inode freed in the
 * last minute (the last six while the inode table is not yet written back: the kernel's
 * `recently_deleted` check in fs/ext4/ialloc.c), so files created right after many are deleted
 * cost far more system time. Measured here: 50,000 new files took 0.8 s in a quiet folder and
 * 20.6 s right after 50,000 others were deleted. The island step deleted about eight files a page
 * (196,000 at 10,000 incidents) while the data files step wrote its cards and JSON beside it.
 */
import { pruneRuntimeFiles } from './islands/prune'
import { OUT_DIR } from './out-dir'

console.log(`prune: ${await pruneRuntimeFiles(OUT_DIR)} runtime files deleted from ${OUT_DIR}`)
