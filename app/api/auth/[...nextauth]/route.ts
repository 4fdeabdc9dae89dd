import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// /api/auth/* - next-auth's sign-in, callback, session and sign-out endpoints
type RouteHandler = (
  req: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;
const handler = NextAuth(authOptions) as RouteHandler;

export { handler as GET, handler as POST };
