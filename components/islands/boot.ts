/** Mounts an island on every root of its name in the page; the generated entry module calls this once. */
export type Mount = (root: HTMLElement) => () => void

/** Returns the function that unmounts every root it mounted. */
export function boot(name: string, mount: Mount): () => void {
  const unmounts: Array<() => void> = []
  for (const root of document.querySelectorAll(`[data-island="${name}"]`)) {
    if (root instanceof HTMLElement) unmounts.push(mount(root))
  }
  return () => {
    for (const unmount of unmounts.splice(0)) unmount()
  }
}
