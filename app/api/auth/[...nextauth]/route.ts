export { GET, POST } from "@/auth-handlers.ts";
