import ipaddr from "ipaddr.js";

/**
 * Where the URL fetcher may connect. An article's address is typed by a user, so it could
 * point at the newsroom's own network (a database console, a cloud metadata service): only
 * public unicast addresses are fetched, checked on every address a name resolves to and again
 * after every redirect. An operator can let through named intranet hosts (ATTEST_URL_ALLOW).
 */

/** Whether an address (IPv4 or IPv6, an IPv4-mapped IPv6 as its IPv4) is public unicast. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
    // IPv4-compatible (::a.b.c.d, deprecated): ipaddr.js calls it unicast; it is refused like its IPv4.
    else if (v6.parts.slice(0, 6).every((p) => p === 0)) return false;
  }
  return parsed.range() === "unicast";
}

/** `ATTEST_URL_ALLOW`: comma-separated `host:port` pairs let through although private. */
export function parseAllowList(value: string | undefined): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((entry) => entry.trim().toLowerCase())
      .filter((entry) => /^[^\s:]+:\d{1,5}$|^\[[0-9a-f:.]+\]:\d{1,5}$/.test(entry)),
  );
}

/** The `host:port` key of a URL as the allow list writes it, the scheme's default port filled in. */
export function hostPort(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname.toLowerCase()}:${port}`;
}
