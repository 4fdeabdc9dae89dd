import type { Metadata } from "next";
import { AddImagesForm } from "@/components/add-images/add-images-form";
import { requireSessionUser } from "@/lib/server/auth/session";
import { serverConfig } from "@/lib/server/config";
import { mediaCapabilities } from "@/lib/server/media/service";

export const metadata: Metadata = { title: "Add images" };

// Every role may add images; upload shows only where a media store is configured.
export default async function AddImagesPage() {
  await requireSessionUser("/images/new");
  return (
    <AddImagesForm
      capabilities={mediaCapabilities()}
      defaultLibrary={serverConfig().finerworks.library}
    />
  );
}
