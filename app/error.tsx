"use client";

import { ErrorPanel } from "@/components/error-panel.tsx";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="This page could not be shown" error={error} retry={retry} />;
}
