/**
 * The real components some tests need: PostgreSQL and Chromium. On a machine without them the
 * tests skip with a message; with `ZMAN_REQUIRE_SERVICES=1` (set by `.ci/run`) a missing one is a
 * failure instead.
 */
import { existsSync } from 'node:fs';

const REQUIRED = process.env.ZMAN_REQUIRE_SERVICES === '1';

/** `false` (run) or a skip message; throws when the component is required but missing. */
function skipOrFail(missing: string | undefined): string | false {
  if (missing === undefined) return false;
  if (REQUIRED) throw new Error(`ZMAN_REQUIRE_SERVICES=1 but ${missing}`);
  return `skipped: ${missing}`;
}

/** The PostgreSQL URL of the test database: `ZMAN_PG_URL`, else the one `scripts/ci-services.sh` makes. */
export const PG_URL = process.env.ZMAN_PG_URL ?? 'postgres://zman:zman@127.0.0.1:5432/zman_test';

/** Resolves to `false` when PostgreSQL answers at {@link PG_URL}, else to a skip message. */
export async function pgSkip(): Promise<string | false> {
  try {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    await client.connect();
    await client.end();
    return skipOrFail(undefined);
  } catch (error) {
    return skipOrFail(`no PostgreSQL at ${PG_URL} (${(error as Error).message}); run scripts/ci-services.sh as root`);
  }
}

/** Debian's Chromium. */
export const CHROMIUM = process.env.ZMAN_CHROMIUM ?? '/usr/bin/chromium';

/** `false` when Chromium is installed, else a skip message. */
export function chromiumSkip(): string | false {
  return skipOrFail(existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}; run scripts/ci-services.sh as root`);
}

/** Launch options for playwright-core with Debian's Chromium on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
