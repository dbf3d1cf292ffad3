/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The command-line scripts run outside Next with tsx; type errors are checked by `npm run typecheck`.
  typedRoutes: false,
};

export default nextConfig;
