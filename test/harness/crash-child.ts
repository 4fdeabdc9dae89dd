// One recorded edit, exactly as PATCH /api/images runs it, in a process of its own that the
// kill -9 test ends between the pending write and FinerWorks' answer. Reads the emulator port,
// DATABASE_URL and FINERWORKS_TIMEOUT_MS from the environment.
import { updateImages } from "@/lib/server/images/update-images";

const guid = process.argv[2];
if (!guid) throw new Error("usage: crash-child.ts <image guid>");
await updateImages({ email: "staff@example.com", name: "Sam Staff", role: "staff" }, [
  { guid, title: "Saved by a process that was killed" },
]);
console.info("the edit finished: the test should have killed this process first");
