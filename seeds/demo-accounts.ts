import type { Role } from "@/lib/roles.ts";

/**
 * Demo accounts created on the first start of the embedded database. The passwords are
 * public (they are in the README): these accounts are for trying Attest, never for real use.
 */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
  { email: "admin@attest.local", name: "Ayu Admin", role: "admin", password: "demo-admin-pass" },
  { email: "editor@attest.local", name: "Eko Editor", role: "editor", password: "demo-editor-pass" },
  { email: "reviewer@attest.local", name: "Rina Reviewer", role: "reviewer", password: "demo-reviewer-pass" },
  { email: "viewer@attest.local", name: "Vera Viewer", role: "viewer", password: "demo-viewer-pass" },
];
