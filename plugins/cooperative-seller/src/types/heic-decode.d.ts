// heic-decode ships no types; this is the part of its API the photo pipeline uses.
declare module "heic-decode" {
  type Decoded = { width: number; height: number; data: Uint8ClampedArray }
  type LazyImage = {
    width: number
    height: number
    decode: () => Promise<Decoded>
  }
  type DecodeHeic = {
    (input: { buffer: Buffer | Uint8Array }): Promise<Decoded>
    all: (input: {
      buffer: Buffer | Uint8Array
    }) => Promise<LazyImage[] & { dispose: () => void }>
  }
  const decodeHeic: DecodeHeic
  export default decodeHeic
}
