// The emulator's SQLite schema. Bump SCHEMA_VERSION when it changes: an older database is
// then dropped and reseeded instead of migrated (it only ever holds emulator data).

export const SCHEMA_VERSION = "3";

export const DROP_SQL = `
DROP TABLE IF EXISTS products;
DROP TABLE IF EXISTS images;
DROP TABLE IF EXISTS meta;
`;

// Titles and file names sort case-insensitively, as SQL Server's default collation does upstream.
// Every sort field has a (library, field, id) index so ordered scans never sort in memory.
export const CREATE_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS images (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  library TEXT NOT NULL CHECK (library IN ('inventory', 'temporary')),
  title TEXT COLLATE NOCASE,
  description TEXT,
  file_name TEXT COLLATE NOCASE,
  file_size INTEGER,
  thumbnail_file_name TEXT,
  preview_file_name TEXT,
  hires_file_name TEXT,
  public_thumbnail_uri TEXT,
  public_preview_uri TEXT,
  private_hires_uri TEXT,
  personal_gallery_title TEXT,
  members_gallery_category TEXT,
  pix_w INTEGER,
  pix_h INTEGER,
  added_at INTEGER NOT NULL,
  expires_at INTEGER,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS images_library_id ON images (library, id);
CREATE INDEX IF NOT EXISTS images_library_title ON images (library, title, id);
CREATE INDEX IF NOT EXISTS images_library_file_name ON images (library, file_name, id);
CREATE INDEX IF NOT EXISTS images_library_file_size ON images (library, file_size, id);
CREATE INDEX IF NOT EXISTS images_library_added ON images (library, added_at, id);

CREATE TABLE IF NOT EXISTS products (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS products_image ON products (image_id, position);
`;
