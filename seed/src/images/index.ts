export {
  ILLUSTRATION_MOTIFS,
  ILLUSTRATION_TAG,
  escapeXml,
  illustrationSvg,
  type IllustrationMotif,
} from "./illustration-svg"
export {
  DEFAULT_ASPECT,
  DEFAULT_WIDTHS,
  heightFor,
  renderIllustration,
  type RenderOptions,
} from "./render"
export type {
  ImageSet,
  RenderedImage,
  Rendition,
  RenditionFormat,
} from "./types"
export {
  uploadIllustration,
  uploadIllustrations,
  type IllustrationUpload,
  type UploadIllustrationsOptions,
} from "./upload"
