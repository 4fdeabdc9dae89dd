import type { Metadata } from "next";
import { AddImagesForm } from "@/components/add-images/add-images-form";
import { serverConfig } from "@/lib/server/config";
import { mediaCapabilities } from "@/lib/server/media/service";
import { guardedPage } from "../../page-guard";

export const metadata: Metadata = { title: "Add images" };

// Every role may add images; upload shows only where a media store is configured.
export default function AddImagesPage() {
  return guardedPage({ path: "/images/new", action: "add" }, () => (
    <AddImagesForm
      capabilities={mediaCapabilities()}
      defaultLibrary={serverConfig().finerworks.library}
    />
  ));
}
