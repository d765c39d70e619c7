import { availableParallelism } from 'node:os'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    globalNotFound: true,
    // Static generation on every core (Next's default leaves one out: a single worker on two cores).
    cpus: availableParallelism(),
  },
}

export default nextConfig
