/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // NEXT_DIST_DIR lets parallel builds (e.g. a test run beside a dev server) use separate folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
