import type { ReactNode } from "react";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { formatDate, formatDimensions, formatCount } from "@/components/ui/format";
import { formatBytes } from "@/lib/bytes";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-0.5 py-2.5 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 text-sm break-words text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

function Text({ value, mono }: { value: string | number | null | undefined; mono?: boolean }) {
  if (value === null || value === undefined || value === "")
    return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return mono ? <span className="font-mono text-[0.8rem]">{value}</span> : <>{value}</>;
}

function Url({ href }: { href: string | null }) {
  if (!href) return <Text value={null} />;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="font-mono text-[0.8rem] break-all text-brand-600 underline-offset-2 hover:underline dark:text-blue-300"
    >
      {href}
    </a>
  );
}

/** Every field FinerWorks returns for an image, labelled in plain words. */
export function ImageFields({ image }: { image: ImageDetails }) {
  return (
    <dl className="divide-y divide-slate-100 dark:divide-slate-800">
      <Row label="Title">
        <Text value={image.title} />
      </Row>
      <Row label="Description">
        <Text value={image.description} />
      </Row>
      <Row label="Status">
        {image.active ? "Active (visible in galleries)" : "Inactive (hidden from galleries)"}
      </Row>
      <Row label="ID">
        <Text value={image.id} mono />
      </Row>
      <Row label="GUID">
        <Text value={image.guid} mono />
      </Row>
      <Row label="File name">
        <Text value={image.file_name} mono />
      </Row>
      <Row label="File size">
        {formatBytes(image.file_size)}
        {image.file_size !== null ? (
          <span className="text-slate-500 dark:text-slate-400">
            {" "}
            ({formatCount(image.file_size)} bytes)
          </span>
        ) : null}
      </Row>
      <Row label="Dimensions">{formatDimensions(image.pix_w, image.pix_h)}</Row>
      <Row label="Uploaded">{formatDate(image.date_added)}</Row>
      <Row label="Expires">{image.date_expires ? formatDate(image.date_expires) : "Never"}</Row>
      <Row label="Gallery title">
        <Text value={image.personal_gallery_title} />
      </Row>
      <Row label="Gallery category">
        <Text value={image.members_gallery_category} />
      </Row>
      <Row label="Thumbnail file">
        <Text value={image.thumbnail_file_name} mono />
      </Row>
      <Row label="Preview file">
        <Text value={image.preview_file_name} mono />
      </Row>
      <Row label="Hi-res file">
        <Text value={image.hires_file_name} mono />
      </Row>
      <Row label="Thumbnail URL">
        <Url href={image.public_thumbnail_uri} />
      </Row>
      <Row label="Preview URL">
        <Url href={image.public_preview_uri} />
      </Row>
      <Row label="Hi-res URL">
        <Url href={image.private_hires_uri} />
      </Row>
    </dl>
  );
}
