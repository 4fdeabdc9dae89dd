// Sign-in flood: GET /api/images p50 for a signed-in user, quiet and then during a burst of 200
// wrong sign-ins (40 in flight, half for existing emails, half for unknown ones), twice: all from
// one address, then each from its own (the app trusts X-Forwarded-For here to allow that), the
// worst case, where the per-address limits stop nothing and every attempt costs a bcrypt hash.
import { pathToFileURL } from "node:url";
import { startAppStack } from "./lib/app-stack";
import { percentile, round, timeConcurrent } from "./lib/stats";

const FLOOD = 200;
const FLOOD_CONCURRENCY = 40;
const READ_CONCURRENCY = 2;
const EXISTING = ["admin@example.com", "staff@example.com", "artist@example.com"];

interface Csrf {
  token: string;
  cookie: string;
}

async function csrfFor(baseUrl: string): Promise<Csrf> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { token: csrfToken, cookie };
}

/** One wrong sign-in from `address`; answers next-auth's error code. */
async function wrongSignIn(baseUrl: string, csrf: Csrf, email: string, address: string) {
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.cookie,
      "x-forwarded-for": address,
    },
    body: new URLSearchParams({ csrfToken: csrf.token, email, password: "wrong", json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  return new URL(url ?? "/", baseUrl).searchParams.get("error") ?? `HTTP ${response.status}`;
}

/** GET /api/images p50 quiet, then during one flood; the flood's addresses come from `addressOf`. */
async function measureFlood(
  baseUrl: string,
  read: () => Promise<unknown>,
  addressOf: (n: number) => string,
) {
  const csrf = await csrfFor(baseUrl);
  const quiet = await timeConcurrent(100, READ_CONCURRENCY, read);
  const outcomes = new Map<string, number>();
  const started = performance.now();
  let flooding = true;
  let sent = 0;
  const flood = timeConcurrent(FLOOD, FLOOD_CONCURRENCY, async () => {
    const n = sent++;
    const email = n % 2 === 0 ? EXISTING[n % EXISTING.length]! : `nobody-${n}@example.com`;
    const code = await wrongSignIn(baseUrl, csrf, email, addressOf(n));
    outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
  }).finally(() => {
    flooding = false;
  });
  const during: number[] = [];
  const readers = Array.from({ length: READ_CONCURRENCY }, async () => {
    while (flooding) {
      const readStarted = performance.now();
      await read();
      during.push(performance.now() - readStarted);
    }
  });
  const signInMs = await flood;
  const floodMs = performance.now() - started;
  await Promise.all(readers);
  const quietP50 = percentile(quiet, 50);
  const floodP50 = percentile(during, 50);
  return {
    quiet_p50_ms: round(quietP50),
    flood_p50_ms: round(floodP50),
    p50_ratio: round(floodP50 / quietP50),
    flood_p99_ms: round(percentile(during, 99)),
    flood_duration_ms: round(floodMs),
    sign_in_p50_ms: round(percentile(signInMs, 50)),
    hashed_wrong_passwords: outcomes.get("CredentialsSignin") ?? 0,
    refused_by_limits: FLOOD - (outcomes.get("CredentialsSignin") ?? 0),
  };
}

export async function benchSignInFlood(): Promise<Record<string, number>> {
  const stack = await startAppStack({
    appPort: Number(process.env.BENCH_APP_PORT ?? 3203),
    env: { TRUST_PROXY: "true", LOG_LEVEL: "error" },
  });
  try {
    const read = () =>
      fetch(`${stack.baseUrl}/api/images`, { headers: { cookie: stack.cookie } }).then(
        async (r) => {
          if (!r.ok) throw new Error(`GET /api/images answered ${r.status}`);
          return r.arrayBuffer();
        },
      );
    await wrongSignIn(stack.baseUrl, await csrfFor(stack.baseUrl), "warm@example.com", "192.0.2.1");
    await timeConcurrent(40, READ_CONCURRENCY, read);

    // The attack as tried on one machine: the per-address limit refuses most attempts cheaply.
    const one = await measureFlood(stack.baseUrl, read, () => "203.0.113.66");
    // Every attempt from its own address: no limit applies, every attempt is hashed.
    const many = await measureFlood(stack.baseUrl, read, (n) => `10.${n >> 8}.${n & 255}.7`);
    return {
      ...Object.fromEntries(Object.entries(one).map(([k, v]) => [`one_address_${k}`, v])),
      ...Object.fromEntries(Object.entries(many).map(([k, v]) => [`many_addresses_${k}`, v])),
    };
  } finally {
    await stack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchSignInFlood(), null, 2));
}
