import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { serverConfig } from "@/lib/server/config";
import { checkHealth, type HealthReport } from "@/lib/server/health/check-health";
import { guardedPage } from "../page-guard";

export const metadata: Metadata = { title: "Admin" };

const UPSTREAM_TEXT: Record<
  HealthReport["upstream"],
  { label: string; tone: "success" | "warning" }
> = {
  ok: { label: "Connected: the keys work", tone: "success" },
  unauthorized: { label: "Refused: FinerWorks does not accept the keys", tone: "warning" },
  unreachable: { label: "Unreachable: FinerWorks did not answer", tone: "warning" },
};

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-3">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="text-sm sm:col-span-2">{children}</dd>
    </div>
  );
}

// Health and settings: what the server talks to and how it is configured. Never a key.
export default function AdminPage() {
  return guardedPage({ path: "/admin", action: "admin" }, () => adminPage());
}

async function adminPage() {
  const config = serverConfig();
  const health = await checkHealth();
  const upstream = UPSTREAM_TEXT[health.upstream];
  const providers = [
    "Email and password",
    config.auth.github && "GitHub",
    config.auth.google && "Google",
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-semibold">Admin</h1>
      <Panel id="health" title="Health">
        <Row term="Mode">
          <Badge tone={config.mode === "live" ? "brand" : "neutral"}>{config.mode}</Badge>
        </Row>
        <Row term="FinerWorks">
          <Badge tone={upstream.tone}>{health.upstream}</Badge> <span>{upstream.label}</span>
          {health.reference_id ? (
            <span className="block text-xs text-slate-500">Reference {health.reference_id}</span>
          ) : null}
        </Row>
        <Row term="Latency">{health.latency_ms} ms</Row>
      </Panel>
      <Panel
        id="settings"
        title="Settings"
        footer="API keys and secrets are set in the server environment and never shown."
      >
        <Row term="API host">
          <code className="font-mono">{new URL(config.finerworks.apiUrl).host}</code>
        </Row>
        <Row term="Site id">{config.finerworks.siteId}</Row>
        <Row term="Library">{config.finerworks.library}</Row>
        <Row term="Request timeout">{config.finerworks.timeoutMs} ms</Row>
        <Row term="Rate limit">{config.rateLimitPerMinute} requests per minute per user</Row>
        <Row term="Sign-in">{providers}</Row>
        <Row term="Demo users">{config.auth.demoUsers ? "on" : "off"}</Row>
        <Row term="Users file">{config.auth.usersFile ? "configured" : "not set"}</Row>
      </Panel>
    </div>
  );
}

/** A titled card holding a definition list of rows. */
function Panel({
  id,
  title,
  footer,
  children,
}: {
  id: string;
  title: string;
  footer?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      <dl className="divide-y divide-slate-100 dark:divide-slate-800">{children}</dl>
      {footer ? <p className="mt-3 text-xs text-slate-500">{footer}</p> : null}
    </section>
  );
}
