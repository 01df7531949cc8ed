import { describe, expect, it } from "vitest";
import { hostPort, isPublicAddress, parseAllowList } from "./address-policy.ts";

describe("isPublicAddress", () => {
  it("lets public unicast addresses through, in both families", () => {
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"]) expect(isPublicAddress(a), a).toBe(true);
  });

  it("refuses loopback, private, link-local, carrier NAT, multicast, unspecified and mapped private ones", () => {
    const refused = ["127.0.0.1", "127.8.9.10", "10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::7f00:1", "::a9fe:a9fe", "not an address"];
    for (const a of refused) expect(isPublicAddress(a), a).toBe(false);
  });
});

describe("the allow list", () => {
  it("reads host:port pairs, lower-cased, skipping what is not one", () => {
    expect([...parseAllowList(" cms.intra:8080, 127.0.0.1:4100,bad, [::1]:9000 ,other:x")]).toEqual(["cms.intra:8080", "127.0.0.1:4100", "[::1]:9000"]);
    expect(parseAllowList(undefined).size).toBe(0);
  });

  it("keys a URL by its host and port, the default port filled in", () => {
    expect(hostPort(new URL("https://CMS.intra/a"))).toBe("cms.intra:443");
    expect(hostPort(new URL("http://127.0.0.1:4100/x"))).toBe("127.0.0.1:4100");
    expect(hostPort(new URL("http://[::1]:9000/"))).toBe("[::1]:9000");
  });
});
