// Print readiness: pure, shared by the server (snapshot, products) and the browser (cards,
// image page, add form).
export { aspectFamily } from "./aspect";
export {
  GALLERY_DPI,
  GOOD_DPI,
  cropShare,
  displayDpi,
  hasPixels,
  isLowResolution,
  orientation,
  printDpi,
  productDpi,
  printQuality,
  standardDpi,
  type Orientation,
  type PrintQuality,
} from "./dpi";
export { parsePrintSize, type ParsedPrintSize } from "./parse-size";
export { productPrintSize, type ProductSizeSource } from "./product-size";
export {
  formatCrop,
  largestPrint,
  largestPrints,
  printSizeRows,
  printSummary,
  type LargestPrint,
  type PrintSizeRow,
  type PrintSummary,
} from "./readiness";
export {
  CM_PER_INCH,
  REFERENCE_SIZE,
  STANDARD_SIZES,
  formatLength,
  sizeLabel,
  type PrintSize,
} from "./sizes";
