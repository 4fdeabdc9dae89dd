import { ImageDetailSkeleton } from "@/components/images/image-detail-skeleton";

export default function ImageLoading() {
  return <ImageDetailSkeleton />;
}
