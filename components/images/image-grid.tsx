import type { ImageDetails, LibraryName } from "@/lib/schemas/finerworks";
import { gridClasses } from "./grid-layout";
import { ImageCard } from "./image-card";

/** Cards likely in the first row on a wide screen load eagerly, the rest lazily. */
const EAGER_IMAGES = 6;

export function ImageGrid({
  images,
  library,
  hrefFor,
}: {
  images: readonly ImageDetails[];
  library: LibraryName;
  hrefFor: (guid: string) => string;
}) {
  return (
    <div className={gridClasses}>
      {images.map((image, i) => (
        <ImageCard
          key={image.guid}
          image={image}
          library={library}
          href={hrefFor(image.guid)}
          priority={i < EAGER_IMAGES}
        />
      ))}
    </div>
  );
}
